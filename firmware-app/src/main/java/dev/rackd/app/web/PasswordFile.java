package dev.rackd.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logins: a Mosquitto-format password file, {@code user:$7$...} one per line, {@code #} comments.
 * Read again whenever it changes, so {@code rackd passwd} takes effect without a restart. Lines that
 * cannot be used are logged and skipped; nobody logs in with them.
 */
final class PasswordFile {
    static final long MAX_BYTES = 1 << 20;
    static final Pattern USER = Pattern.compile("[^:\\s]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(PasswordFile.class);

    private final Path file;
    private FileTime loadedAt;
    private Map<String, PasswordHash> users = Map.of();

    PasswordFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The user's hash as the file says now; empty for unknown users or an unreadable file. */
    synchronized Optional<PasswordHash> lookup(String user) {
        reloadIfChanged();
        return Optional.ofNullable(users.get(user));
    }

    private void reloadIfChanged() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedAt)) {
                return;
            }
            if (Files.size(file) > MAX_BYTES) {
                log.error("password file {} is over {} bytes; no logins", file, MAX_BYTES);
                users = Map.of();
                return;
            }
            users = parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
            loadedAt = modified;
        } catch (NoSuchFileException e) {
            users = Map.of();
            loadedAt = null;
        } catch (IOException e) {
            log.error("password file {} cannot be read ({}); no logins", file, e.getMessage());
            users = Map.of();
            loadedAt = null;
        }
    }

    static Map<String, PasswordHash> parse(List<String> lines, String name) {
        Map<String, PasswordHash> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String user = colon < 0 ? "" : line.substring(0, colon);
            if (!USER.matcher(user).matches()) {
                log.warn("{}:{}: expected user:$7$..., skipped", name, i + 1);
                continue;
            }
            try {
                out.put(user, PasswordHash.parse(line.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                log.warn("{}:{}: user '{}': {}; this user cannot log in", name, i + 1, user, e.getMessage());
            }
        }
        return Map.copyOf(out);
    }
}
