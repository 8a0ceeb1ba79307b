package org.minutebook.shared.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Renders Jackson's reference chain as the field path a caller wrote: {@code items[2].title}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
