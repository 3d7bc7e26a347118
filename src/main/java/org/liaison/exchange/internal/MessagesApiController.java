package org.liaison.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaison.exchange.MessageState;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages for other systems of the agency (personal bearer tokens): the list with the page's filters, one
 * message's header and timeline. Like the pages, never the payload. Errors are {@code {"error":..,"message":..}}
 * with the message in the caller's Accept-Language.
 */
@RestController
class MessagesApiController {

    record MessageResponse(UUID id, MessageLog.Direction direction, String partner, String type, String summary,
                           MessageState state, Instant created, String createdBy, Integer attempts, String lastError) {
        static MessageResponse of(MessageLog.Entry e) {
            boolean out = e.direction() == MessageLog.Direction.OUTGOING;
            return new MessageResponse(e.id(), e.direction(), e.partner(), e.type(), e.summary(), e.state(), e.created(),
                    out ? e.createdBy() : null, out ? e.attempts() : null, out ? e.lastError() : null);
        }
    }

    record StepResponse(MessageTimeline.Step step, Instant at, String by, String note) {
    }

    /** {@code receipt}: for a delivered outgoing message, what re-checking the partner's signed receipt shows. */
    record MessageDetailResponse(UUID id, MessageLog.Direction direction, String sender, String recipient, String type,
                                 int schemaVersion, String summary, Instant created, String correlationId,
                                 String conversationId, MessageState state, List<StepResponse> timeline,
                                 Receipts.Check receipt) {
    }

    record ApiError(String error, String message) {
    }

    private final MessageLog log;
    private final Receipts receipts;
    private final ExchangeTimes times;
    private final MessageSource messages;

    MessagesApiController(MessageLog log, Receipts receipts, ExchangeTimes times, MessageSource messages) {
        this.log = log;
        this.receipts = receipts;
        this.times = times;
        this.messages = messages;
    }

    /** Newest first, 50 a page ({@code page} from 1); 400 naming the parameters whose values mean nothing. */
    @GetMapping(path = "/api/v1/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> list(@ModelAttribute MessageFilter filter, BindingResult unconvertible, Locale locale) {
        List<String> invalid = new ArrayList<>(filter.invalid());
        unconvertible.getFieldErrors().forEach(f -> invalid.add(f.getField()));
        if (!invalid.isEmpty()) {
            return ResponseEntity.badRequest().body(new ApiError("invalid_filter",
                    messages.getMessage("exchange.api.invalidFilter", new Object[] {String.join(", ", invalid)}, locale)));
        }
        return ResponseEntity.ok(log.page(filter.toQuery(times), filter.pageIndex(), MessageFilter.PAGE_SIZE).entries()
                .stream().map(MessageResponse::of).toList());
    }

    @GetMapping(path = "/api/v1/messages/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> detail(@PathVariable String id, Locale locale) {
        var found = MessagesController.uuid(id).flatMap(log::find);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found",
                    messages.getMessage("exchange.api.notFound", null, locale)));
        }
        MessageLog.Detail d = found.get();
        MessageTimeline timeline = MessageTimeline.of(d, receipts);
        return ResponseEntity.ok(new MessageDetailResponse(d.id(), d.direction(), d.sender(), d.recipient(), d.type(),
                d.schemaVersion(), d.summary(), d.created(), d.correlationId(), d.conversationId(), d.state(),
                timeline.events().stream().map(e -> new StepResponse(e.step(), e.at(), e.by(), e.note())).toList(),
                timeline.receipt()));
    }
}
