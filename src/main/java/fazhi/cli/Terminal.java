package fazhi.cli;

import java.io.Console;

/** Whether output goes to a person at a terminal (progress bars, colours) or to a file or pipe (plain lines). */
final class Terminal {
    private Terminal() {
    }

    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Console.isTerminal() exists from Java 22; on 21 a non-null console already means a terminal
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
