-- Topic similarity is computed by the service (TopicKeys.similar), which also matches a title contained in another.
DROP FUNCTION token_jaccard(text, text);
