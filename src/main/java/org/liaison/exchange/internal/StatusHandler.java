package org.liaison.exchange.internal;

import java.util.UUID;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.exchange.RejectedMessageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The partner tells us it read or answered one of our messages. Only the message's recipient may say so. */
@Component
class StatusHandler implements MessageHandler {

    record Status(UUID about, String state, long at) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    StatusHandler(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String type() {
        return ExchangeService.STATUS_TYPE;
    }

    @Override
    public void apply(IncomingMessage m) {
        Status s = json.readValue(m.payloadJson(), Status.class);
        String column = switch (s.state()) {
            case "READ" -> "read_ms";
            case "ANSWERED" -> "answered_ms";
            default -> throw new RejectedMessageException("unknown status " + s.state());
        };
        int n = jdbc.update("UPDATE outbox SET " + column + " = ? WHERE message_id = ? AND recipient = ? AND " + column + " = 0",
                s.at(), s.about(), m.sender());
        if (n == 0 && jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND recipient = ?",
                Integer.class, s.about(), m.sender()) == 0) {
            throw new RejectedMessageException("no message " + s.about() + " was sent to " + m.sender());
        }
    }
}
