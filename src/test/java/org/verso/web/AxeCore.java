package org.verso.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The axe-core accessibility engine (npm package {@code axe-core}) for the browser tests. It is fetched once with
 * the machine's npm into {@code target/axe} (CI's machines have npm), never kept in the repository.
 */
public final class AxeCore {

    static final String VERSION = "4.10.3";
    private static final Path HOME = Path.of("target", "axe");
    private static final Path SCRIPT = HOME.resolve(Path.of("node_modules", "axe-core", "axe.min.js"));

    private AxeCore() {
    }

    /** The path of axe.min.js, installing the pinned version with npm when it is not there yet. */
    public static synchronized Path script() throws IOException, InterruptedException {
        if (Files.isRegularFile(SCRIPT)) {
            return SCRIPT;
        }
        Files.createDirectories(HOME);
        Process npm = new ProcessBuilder("npm", "install", "--prefix", HOME.toString(), "--no-save",
                "--no-package-lock", "--no-audit", "--no-fund", "axe-core@" + VERSION)
                .redirectErrorStream(true).redirectOutput(HOME.resolve("npm.log").toFile()).start();
        if (!npm.waitFor(3, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm could not install axe-core@" + VERSION + "; see "
                    + HOME.resolve("npm.log"));
        }
        return SCRIPT;
    }

    /** Runs axe-core on the page as it is now: its serious and critical violations (id, impact, help, 3 nodes). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> seriousViolations(Page page) throws IOException, InterruptedException {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        return (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))""");
    }
}
