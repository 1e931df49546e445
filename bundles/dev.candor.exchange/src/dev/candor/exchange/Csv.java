package dev.candor.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them (quoted cells may hold commas,
 * quotes doubled, line breaks), for importers and exporters.
 *
 * @since 0.1
 */
public final class Csv {

    private Csv() {
    }

    /** Writes one record, quoting the cells that need it, ended by CRLF. */
    public static void write(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i); //$NON-NLS-1$
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n"); //$NON-NLS-1$
    }

    /** Reads records one at a time; knows the line each began on. */
    public static final class RecordReader {

        private final Reader in;
        private int line = 1;
        private int recordLine;
        private int pending = -2;

        public RecordReader(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pending != -2) {
                int c = pending;
                pending = -2;
                return c;
            }
            return in.read();
        }

        /** The line (from 1) the last record returned began on. */
        public int line() {
            return recordLine;
        }

        /**
         * The next record's cells, or {@code null} at the end.
         *
         * @throws DataFormatException for a quoted cell that never ends
         */
        public List<String> next() throws IOException, DataFormatException {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\uFEFF') { // a byte order mark some spreadsheets write
                c = read();
            }
            recordLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c == -1) {
                    if (quoted) {
                        throw new DataFormatException(List.of(
                                org.eclipse.osgi.util.NLS.bind(dev.candor.exchange.internal.Messages.Csv_Unterminated, recordLine)));
                    }
                    cells.add(cell.toString());
                    return cells;
                }
                if (quoted) {
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int after = read();
                        if (after != '\n') {
                            pending = after;
                        }
                    }
                    line++;
                    cells.add(cell.toString());
                    return cells;
                } else {
                    cell.append((char) c);
                }
                c = read();
            }
        }
    }
}
