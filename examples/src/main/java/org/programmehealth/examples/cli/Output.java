package org.programmehealth.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a result to the terminal or, atomically, to a file: a temporary file beside it, then a
 * rename, so a reader never sees half a file and a failure leaves the old file as it was.
 */
final class Output {

    /** Writes text to a writer; may fail with an I/O error. */
    interface WriterAction {
        void writeTo(Writer w) throws IOException;
    }

    private Output() {
    }

    static void write(String text, Path target, PrintWriter out) {
        stream(target, out, w -> w.write(text));
    }

    /**
     * Streams text to the terminal ({@code target} null) or to a temporary file that replaces
     * {@code target} only once everything is written. If the action fails, the temporary file is
     * deleted and {@code target} is left as it was.
     */
    static void stream(Path target, PrintWriter out, WriterAction action) {
        if (target == null) {
            try {
                action.writeTo(out);
            } catch (IOException e) {
                throw new ProgrammeHealthCli.UsageProblem("cannot write to standard output: " + e.getMessage());
            }
            out.flush();
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    action.writeTo(w);
                }
                readableLikeAnOrdinaryFile(tmp, absolute);
                try {
                    Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (AccessDeniedException e) {
            throw new ProgrammeHealthCli.UsageProblem(target + ": cannot write: permission denied in the folder " + dir);
        } catch (CharacterCodingException e) {
            throw new ProgrammeHealthCli.UsageProblem(target + ": cannot write: the result holds a character that cannot be"
                    + " written as UTF-8; nothing was written");
        } catch (IOException e) {
            throw new ProgrammeHealthCli.UsageProblem(target + ": cannot write: " + reason(e, dir));
        }
    }

    /**
     * Why a file could not be written, in words about the folder and the file the user named: never
     * the temporary file's name, which the user did not choose and cannot find afterwards.
     */
    static String reason(IOException e, Path dir) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: the folder " + dir + " must be writable (the file is written beside its"
                    + " final name first, then renamed into place)";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.FileSystemException) {
            return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").replace(" Exception", "").toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage();
    }

    /**
     * A temporary file is created readable by its owner only; the result should have the
     * permissions of the file it replaces, or those of an ordinary new file (rw-r--r--).
     */
    private static void readableLikeAnOrdinaryFile(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
