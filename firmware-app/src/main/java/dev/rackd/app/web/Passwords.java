package dev.rackd.app.web;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The dashboard's password file as {@code rackd passwd} edits it. */
public final class Passwords {
    /** Where the file lives unless told otherwise: beside the show file. */
    public static final String DEFAULT_NAME = "web-passwords";

    /** A Mosquitto password line: {@code user:$7$...}, or the older {@code user:$6$...}. */
    private static final Pattern HASH_LINE = Pattern.compile(PasswordFile.USER.pattern() + ":\\$[0-9]+\\$\\S+");

    private Passwords() {}

    public static Path defaultFile(Path showFile) {
        Path dir = showFile.toAbsolutePath().getParent();
        return dir.resolve(DEFAULT_NAME);
    }

    /** Checks a user name before anything is asked or written. */
    public static boolean validUser(String user) {
        return PasswordFile.USER.matcher(user).matches();
    }

    /**
     * Sets (or replaces) one user's password, keeping every other line as it was. The file is replaced
     * atomically. It keeps its owner, group and mode; a new one gets mode 0640 and its folder's group, so that
     * {@code sudo rackd passwd} in {@code /etc/rackd} (root:rackd) leaves it readable by rackd and nobody else.
     *
     * @return true when the user was new to the file
     */
    public static boolean set(Path file, String user, char[] password) throws IOException {
        if (!validUser(user)) {
            throw new IllegalArgumentException("user names have 1 to 64 characters, no ':' and no spaces");
        }
        List<String> lines = existingLines(file);
        String line = user + ":" + PasswordHash.create(password, PasswordHash.ITERATIONS).format();
        boolean added = true;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(user + ":")) {
                lines.set(i, line);
                added = false;
            }
        }
        if (added) {
            lines.add(line);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        sameAccess(tmp, file);
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return added;
    }

    /**
     * The file's lines, after making sure it is a password file: {@code --file show.yaml}, typed for {@code --config},
     * would otherwise get a password line appended and the rack would not start again.
     */
    private static List<String> existingLines(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new NotAPasswordFile(file + " is a folder; name the password file in it, e.g. " + file
                    .resolve(DEFAULT_NAME));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NotAPasswordFile("the folder " + dir + " does not exist");
        }
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        if (Files.size(file) > PasswordFile.MAX_BYTES) {
            throw new NotAPasswordFile(file + " is over " + PasswordFile.MAX_BYTES + " bytes; not a password file");
        }
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new NotAPasswordFile(file + " is not UTF-8 text; not a password file");
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#") && !HASH_LINE.matcher(l).matches()) {
                String name = file.getFileName().toString();
                String hint = name.endsWith(".yaml") || name.endsWith(".yml")
                        ? " (a show file? it goes with --config, the password file with --file)" : "";
                throw new NotAPasswordFile(file + ":" + (i + 1) + " is not a user:$7$... line; not a password"
                        + " file" + hint);
            }
        }
        return lines;
    }

    /** A path that is no password file to edit: nothing was written. */
    public static final class NotAPasswordFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotAPasswordFile(String message) {
            super(message + "; nothing changed");
        }
    }

    /** The access of the file being replaced, or 0640 with the folder's group for a new one. */
    private static void sameAccess(Path tmp, Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (Files.exists(file)) {
            PosixFileAttributes was = Files.readAttributes(file, PosixFileAttributes.class);
            trySet(() -> view.setOwner(was.owner()));
            trySet(() -> view.setGroup(was.group()));
            view.setPermissions(was.permissions());
        } else {
            Path dir = file.toAbsolutePath().getParent();
            GroupPrincipal group = Files.readAttributes(dir, PosixFileAttributes.class).group();
            trySet(() -> view.setGroup(group));
            view.setPermissions(PosixFilePermissions.fromString("rw-r-----"));
        }
    }

    private interface Change {
        void run() throws IOException;
    }

    /** Owner and group can only be given away by root; as anyone else the file stays theirs. */
    private static void trySet(Change c) {
        try {
            c.run();
        } catch (IOException e) {
            // not permitted: the file keeps the writer's own owner and group
        }
    }
}
