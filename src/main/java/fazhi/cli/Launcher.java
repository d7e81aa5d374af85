package fazhi.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of the runnable jar. Compiled for Java 8 (see pom.xml) so that an old default {@code java} (17 on our
 * machines) prints what to do instead of an UnsupportedClassVersionError; the real program needs Java 21+ (Lucene 10).
 */
public final class Launcher {
    private static final int REQUIRED = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String spec = System.getProperty("java.specification.version", "0");
        int version = Integer.parseInt(spec.startsWith("1.") ? spec.substring(2) : spec);
        if (version < REQUIRED) {
            System.err.println("fazhi-search needs Java " + REQUIRED + " or newer; this java is " + spec + " ("
                    + System.getProperty("java.home") + "). Run the jar with a newer JDK, e.g. "
                    + "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/fazhi-search.jar, "
                    + "or use mvn -q compile exec:exec -Dargs=\"...\".");
            System.exit(3);
        }
        try {
            Class.forName("fazhi.cli.Fazhi").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            // the program's own failure, unwrapped; an Error (e.g. OutOfMemoryError) is thrown as the Error it is
            Throwable cause = e.getCause();
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw cause instanceof Exception ? (Exception) cause : e;
        }
    }
}
