package dev.marquee.server.platform;

import dev.marquee.model.constraints.MultiLine;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads every text value of a request body and refuses control characters and unpaired surrogates, which no
 * person types and which break logs, CSV exports, PDFs and terminals. Fields marked {@link MultiLine} may also
 * hold line feeds, carriage returns and tabs.
 */
final class RequestText extends StringDeserializer {

    static final RequestText SINGLE_LINE = new RequestText(false);
    private static final RequestText MULTI_LINE = new RequestText(true);

    private final boolean multiLine;

    private RequestText(boolean multiLine) {
        this.multiLine = multiLine;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property != null && property.getAnnotation(MultiLine.class) != null ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        if (text != null) {
            String problem = problemIn(text);
            if (problem != null) {
                throw new UnsafeTextException(parser, problem);
            }
        }
        return text;
    }

    private String problemIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + hex(c) + ")";
            } else if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return "contains the control character U+" + hex(c) + (c == '\n' ? " (line break) in a single-line field" : "");
            }
        }
        return null;
    }

    private static String hex(char c) {
        return "%04X".formatted((int) c);
    }

    /** Text that is well-formed JSON but not acceptable text; its message names the reason. */
    static final class UnsafeTextException extends MismatchedInputException {

        private static final long serialVersionUID = 1L;

        UnsafeTextException(JsonParser parser, String reason) {
            super(parser, reason, String.class);
        }

        /** The reason, without Jackson's location suffix. */
        String reason() {
            return getOriginalMessage();
        }
    }
}
