package org.minutebook.search.rest.oparl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

/**
 * An OParl object list: {@code data}, {@code pagination} and {@code links}, the links keeping the request's filters
 * and page size and changing only the page (numbered from 1).
 */
final class OparlPages {

    private OparlPages() {
    }

    static Map<String, Object> of(List<Map<String, Object>> data, long total, int page, int limit, UriInfo uri) {
        long pages = Math.max(1, (total + limit - 1) / limit);
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", limit);
        pagination.put("currentPage", page);
        pagination.put("totalPages", pages);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", link(uri, 1));
        if (page > 1) {
            links.put("prev", link(uri, Math.min(page - 1, pages)));
        }
        if (page < pages) {
            links.put("next", link(uri, page + 1));
        }
        links.put("last", link(uri, pages));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("data", data);
        list.put("pagination", pagination);
        list.put("links", links);
        return list;
    }

    private static String link(UriInfo uri, long page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
    }
}
