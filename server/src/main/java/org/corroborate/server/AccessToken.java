package org.corroborate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The secret that write requests must present ({@code Authorization: Bearer <token>}).
 *
 * <p>Generated on first start from {@link SecureRandom} (256 bits), written to a file created owner-read/write
 * only (rw-------) so no other local user can read it, and compared in constant time.
 */
public final class AccessToken {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String value;
    private final boolean created;

    private AccessToken(String value, boolean created) {
        this.value = value;
        this.created = created;
    }

    /** Reads the token in {@code file}, or creates the file with a fresh token. */
    public static AccessToken loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String v = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (v.length() < 32) {
                    throw new IllegalStateException("token file " + file + " holds no valid token (delete it to"
                            + " have a new one generated)");
                }
                return new AccessToken(v, false);
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String v = HexFormat.of().formatHex(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, v + "\n", StandardCharsets.UTF_8);
            return new AccessToken(v, true);
        } catch (FileAlreadyExistsException raced) {
            return loadOrCreate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create token file " + file, e);
        }
    }

    public String value() {
        return value;
    }

    /** True when this start generated the token (it is printed once, then). */
    public boolean created() {
        return created;
    }

    /** Checks an {@code Authorization} header value in constant time. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.UTF_8));
    }
}
