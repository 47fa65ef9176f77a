package org.programmehealth.examples.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code serve} keeps everything: one SQLite database file in the folder the user names.
 * SQLite commits atomically (write-ahead log, synchronous writes): a kill in the middle of a save
 * leaves the last committed save. Nothing is overwritten: every answer saved is a new row (the
 * latest per question is the current answer), every submission is a new row with its whole
 * assessment document. One connection, used by one thread at a time (SQLite has one writer anyway;
 * a save takes well under a millisecond).
 */
public final class Store implements AutoCloseable {

    /** The state of one answer. */
    public enum State { VALUE, DONT_KNOW, NOT_APPLICABLE, NOT_ACCEPTED, CLEARED }

    public record Programme(String id, String name, String created) { }

    public record Round(long id, String programmeId, String assessedOn, String created) { }

    public record Response(String token, long roundId, String perspective, String role, String created, String csrf) { }

    /** The current answer to one question: its state, its JSON value (VALUE only) and what was typed. */
    public record Answer(String path, State state, String valueJson, String typed, String savedAt) { }

    public record Submission(long id, String token, String submittedAt, String document) { }

    static final String FILE = "programme-health.db";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection db;
    private final Path file;

    private Store(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** Opens (creating if need be) the database in this folder. */
    public static Store open(Path folder) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(FILE).toAbsolutePath();
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS programme(id TEXT PRIMARY KEY, name TEXT NOT NULL, created TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS round(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " programme_id TEXT NOT NULL REFERENCES programme(id), assessed_on TEXT NOT NULL, created TEXT NOT NULL,"
                        + " UNIQUE(programme_id, assessed_on))");
                s.execute("CREATE TABLE IF NOT EXISTS response(token TEXT PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES round(id),"
                        + " perspective TEXT NOT NULL, role TEXT, created TEXT NOT NULL, csrf TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS answer(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " token TEXT NOT NULL REFERENCES response(token), path TEXT NOT NULL, state TEXT NOT NULL, value TEXT,"
                        + " typed TEXT, saved_at TEXT NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS answer_by_response ON answer(token, path, id)");
                s.execute("CREATE TABLE IF NOT EXISTS submission(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " token TEXT NOT NULL REFERENCES response(token), submitted_at TEXT NOT NULL, document TEXT NOT NULL)");
            }
            return new Store(c, file);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the database in " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** 128 random bits, base64url without padding: a token nobody can guess. */
    public static String newToken() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The organiser's token (made on first use, kept): it opens the programme and portfolio pages. */
    public synchronized String organiserToken() {
        return meta("organiser").orElseGet(() -> {
            String t = newToken();
            update("INSERT INTO meta(key, value) VALUES (?, ?)", "organiser", t);
            return t;
        });
    }

    /** The organiser's CSRF token for the set-up forms. */
    public synchronized String organiserCsrf() {
        return meta("organiser-csrf").orElseGet(() -> {
            String t = newToken();
            update("INSERT INTO meta(key, value) VALUES (?, ?)", "organiser-csrf", t);
            return t;
        });
    }

    private Optional<String> meta(String key) {
        List<String> v = query("SELECT value FROM meta WHERE key = ?", r -> r.getString(1), key);
        return v.stream().findFirst();
    }

    public synchronized void addProgramme(String id, String name) {
        if (programme(id).isPresent()) {
            update("UPDATE programme SET name = ? WHERE id = ?", name, id);
        } else {
            update("INSERT INTO programme(id, name, created) VALUES (?, ?, ?)", id, name, now());
        }
    }

    public synchronized Optional<Programme> programme(String id) {
        return query("SELECT id, name, created FROM programme WHERE id = ?",
                r -> new Programme(r.getString(1), r.getString(2), r.getString(3)), id).stream().findFirst();
    }

    public synchronized List<Programme> programmes() {
        return query("SELECT id, name, created FROM programme ORDER BY id", r -> new Programme(r.getString(1), r.getString(2),
                r.getString(3)));
    }

    /** The round of this programme on this date, made if need be. */
    public synchronized Round round(String programmeId, String assessedOn) {
        List<Round> found = query("SELECT id, programme_id, assessed_on, created FROM round WHERE programme_id = ? AND assessed_on = ?",
                Store::round, programmeId, assessedOn);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        update("INSERT INTO round(programme_id, assessed_on, created) VALUES (?, ?, ?)", programmeId, assessedOn, now());
        return round(programmeId, assessedOn);
    }

    /** The rounds of a programme, oldest first. */
    public synchronized List<Round> rounds(String programmeId) {
        return query("SELECT id, programme_id, assessed_on, created FROM round WHERE programme_id = ? ORDER BY assessed_on",
                Store::round, programmeId);
    }

    public synchronized Optional<Round> roundById(long id) {
        return query("SELECT id, programme_id, assessed_on, created FROM round WHERE id = ?", Store::round, id).stream().findFirst();
    }

    private static Round round(ResultSet r) throws SQLException {
        return new Round(r.getLong(1), r.getString(2), r.getString(3), r.getString(4));
    }

    /** A new response (a respondent's link) in a round. */
    public synchronized Response addResponse(long roundId, String perspective, String role) {
        String token = newToken();
        update("INSERT INTO response(token, round_id, perspective, role, created, csrf) VALUES (?, ?, ?, ?, ?, ?)", token, roundId,
                perspective, role, now(), newToken());
        return response(token).orElseThrow();
    }

    public synchronized Optional<Response> response(String token) {
        return query("SELECT token, round_id, perspective, role, created, csrf FROM response WHERE token = ?", Store::response, token)
                .stream().findFirst();
    }

    public synchronized List<Response> responses(long roundId) {
        return query("SELECT token, round_id, perspective, role, created, csrf FROM response WHERE round_id = ? ORDER BY created, token",
                Store::response, roundId);
    }

    private static Response response(ResultSet r) throws SQLException {
        return new Response(r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6));
    }

    /** Saves answers in one transaction: all of them or none. */
    public synchronized void saveAnswers(String token, List<Answer> answers) {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO answer(token, path, state, value, typed, saved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                String now = now();
                for (Answer a : answers) {
                    p.setString(1, token);
                    p.setString(2, a.path());
                    p.setString(3, a.state().name());
                    p.setString(4, a.valueJson());
                    p.setString(5, a.typed());
                    p.setString(6, now);
                    p.addBatch();
                }
                p.executeBatch();
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the answers: " + e.getMessage(), e);
        }
    }

    /** The current answer to each question of a response (the latest saved), by path. */
    public synchronized Map<String, Answer> answers(String token) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (Answer a : query("SELECT path, state, value, typed, saved_at FROM answer WHERE id IN"
                        + " (SELECT MAX(id) FROM answer WHERE token = ? GROUP BY path) ORDER BY id",
                r -> new Answer(r.getString(1), State.valueOf(r.getString(2)), r.getString(3), r.getString(4), r.getString(5)), token)) {
            if (a.state() != State.CLEARED) {
                out.put(a.path(), a);
            }
        }
        return out;
    }

    /** How many answers have ever been saved for a response (every save is kept). */
    public synchronized int answerRows(String token) {
        return query("SELECT COUNT(*) FROM answer WHERE token = ?", r -> r.getInt(1), token).get(0);
    }

    public synchronized void addSubmission(String token, String document) {
        update("INSERT INTO submission(token, submitted_at, document) VALUES (?, ?, ?)", token, now(), document);
    }

    public synchronized List<Submission> submissions(String token) {
        return query("SELECT id, token, submitted_at, document FROM submission WHERE token = ? ORDER BY id",
                r -> new Submission(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), token);
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(row.read(r));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            bind(p, args);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the database: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i]);
        }
    }

    private static String now() {
        return Instant.now().toString();
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing at shutdown: nothing left to save
        }
    }
}
