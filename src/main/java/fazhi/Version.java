package fazhi;

import fazhi.index.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build is: the project's version (filled into {@code fazhi/version.properties} by Maven), the Lucene
 * version it reads and writes indexes with, and the index schema it expects. Shown by {@code fazhi --version}, {@code /api/health} and the metrics.
 */
public final class Version {
    private static final String PRODUCT = read();

    private Version() {
    }

    /** The project's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String product() {
        return PRODUCT;
    }

    /** The Lucene version on the classpath (one version for every Lucene module, see pom.xml). */
    public static String lucene() {
        return org.apache.lucene.util.Version.LATEST.toString();
    }

    /** The index schema this build writes and reads ({@link Fields#SCHEMA_VERSION}, recorded in every commit). */
    public static int indexSchema() {
        return Fields.SCHEMA_VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("fazhi/version.properties is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
