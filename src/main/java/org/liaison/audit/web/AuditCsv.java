package org.liaison.audit.web;

import java.io.IOException;
import java.io.Writer;
import org.liaison.audit.AuditRecord;

/**
 * The archive format of the audit log: RFC 4180 CSV, one row per audit row, with the hashes. Values are written
 * exactly as stored (no spreadsheet-formula escaping) so the hashes can be recomputed from the file.
 */
final class AuditCsv {

    static final String HEADER = "seq,at,actor,agency,action,record_type,record_id,remote_addr,detail,prev_hash,hash";

    private AuditCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    static void row(Writer out, AuditRecord r) throws IOException {
        out.write(Long.toString(r.seq()));
        for (String value : new String[] {r.at().toString(), r.entry().actor(), r.entry().agency(), r.entry().action(),
                r.entry().recordType(), r.entry().recordId(), r.entry().remoteAddr(), r.entry().detail(), r.prevHash(),
                r.hash()}) {
            out.write(',');
            out.write(field(value));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
