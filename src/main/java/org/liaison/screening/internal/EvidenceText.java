package org.liaison.screening.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An explanation line in the reader's language: the message {@code matching.evidence.<kind>} with the two name parts
 * ({@code {0}}, {@code {1}}) and the detail ({@code {2}}); a detail of two values compared ({@code 1961 vs 1986})
 * becomes {@code {2}} and {@code {3}}. A line without its optional detail uses {@code matching.evidence.<kind>.plain}
 * where there is one. A kind this node does not know (sent by a newer partner) still shows its parts.
 */
@Component
public class EvidenceText {

    private static final String PREFIX = "matching.evidence.";

    private final MessageSource messages;

    EvidenceText(MessageSource messages) {
        this.messages = messages;
    }

    public String line(EvidenceLine e, Locale locale) {
        String detail = e.detail() == null ? "" : e.detail();
        String first = detail;
        String second = "";
        int vs = detail.indexOf(" vs ");
        if (vs >= 0) {
            first = detail.substring(0, vs);
            second = detail.substring(vs + 4);
        }
        if (e.kind().equals("SEX_DIFFERS")) {
            first = sex(first, locale);
            second = sex(second, locale);
        }
        Object[] args = {e.left(), e.right(), first, second};
        String text = detail.isEmpty() ? messages.getMessage(PREFIX + e.kind() + ".plain", args, null, locale) : null;
        if (text == null) {
            text = messages.getMessage(PREFIX + e.kind(), args, null, locale);
        }
        if (text == null) {
            text = e.left() + " ~ " + e.right() + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
        return text;
    }

    public String joined(List<EvidenceLine> lines, Locale locale) {
        return lines.stream().map(l -> line(l, locale)).collect(Collectors.joining("; "));
    }

    private String sex(String word, Locale locale) {
        return messages.getMessage("persons.sex." + word.toUpperCase(Locale.ROOT), null, word, locale);
    }
}
