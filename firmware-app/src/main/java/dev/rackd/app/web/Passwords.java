package dev.rackd.app.web;

import java.io.IOException;
import java.nio.channels.FileChannel;
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

/** The dashboard's password file as {@code rackd passwd} edits it. */
public final class Passwords {
    /** Where the file lives unless told otherwise: beside the show file. */
    public static final String DEFAULT_NAME = "web-passwords";

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
        String line = user + ":" + PasswordHash.create(password, PasswordHash.ITERATIONS).format();
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>();
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
