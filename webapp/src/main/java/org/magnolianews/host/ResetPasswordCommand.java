package org.magnolianews.host;

import java.util.List;
import java.util.Map;
import org.magnolianews.host.config.CommandLine;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.config.SettingsException;
import org.magnolianews.host.repository.RepositoryFailure;

/**
 * {@code reset-password --user NAME [--data-dir D]}: gives a user a new generated password, printed once,
 * and ends the user's sessions. For the operator who lost the superuser's password; the host must be
 * stopped (Jackrabbit allows one process per data directory).
 */
final class ResetPasswordCommand {

    private ResetPasswordCommand() {
    }

    static void run(List<String> args, Map<String, String> env) {
        CommandLine line = CommandLine.parse(args, List.of("--user", "--data-dir", "--repository-config"), List.of());
        String user = line.value("--user").map(String::strip).filter(name -> !name.isEmpty())
                .orElseThrow(() -> new SettingsException("reset-password needs --user NAME (for example --user superuser)"));
        List<String> hostArgs = new java.util.ArrayList<>();
        for (String option : List.of("--data-dir", "--repository-config")) {
            line.value(option).ifPresent(value -> hostArgs.addAll(List.of(option, value)));
        }
        HostSettings settings = HostSettings.from(hostArgs, env);
        if (!java.nio.file.Files.isDirectory(settings.dataDir())) {
            throw new SettingsException("no data directory at " + settings.dataDir() + " (--data-dir, NEWS_DATA_DIR)");
        }
        HostContext context;
        try {
            context = NewsHost.openContext(settings);
        } catch (RepositoryFailure e) {
            throw new SettingsException("cannot open the repository in " + settings.dataDir()
                    + ": is a host running on it? Stop it first. (" + rootMessage(e) + ")");
        }
        try {
            String password = context.users().resetPassword(user.toLowerCase(java.util.Locale.ROOT));
            System.out.println("The new password of " + user + " is " + password
                    + "\nIt is shown only this once and stored only as a hash; the user's sessions are ended.");
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage());
        } finally {
            context.repository().close();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
