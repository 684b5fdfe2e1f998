package org.vipcare.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a browser test checks on any console page, whatever it shows: the page is no wider than the window (WCAG
 * reflow at 320–360 px) and axe-core finds no serious or critical accessibility violation. axe-core's script comes
 * from Deque's Selenium artifact, which carries it; it runs through the driver, so the page's CSP does not stop it.
 */
public final class PageChecks {

    private static final String AXE = axeScript();

    private PageChecks() {
    }

    /** How the page overflows the window sideways: empty when it does not, else the widest elements that stick out. */
    public static List<String> horizontalOverflow(ChromeDriver browser) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.executeScript("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) return [];
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.right <= width + 1) continue;
                  // only the outermost culprit: its parent fits, or the parent scrolls it
                  const p = e.parentElement, pr = p.getBoundingClientRect();
                  const scrolls = getComputedStyle(p).overflowX !== 'visible';
                  if (pr.right > width + 1 && !scrolls) continue;
                  if (e.closest('.table-wrap') && e.closest('.table-wrap') !== e) continue;
                  out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                      + ' right=' + Math.round(r.right) + ' > ' + width);
                  if (out.length >= 5) break;
                }
                return out.length ? out : ['document ' + document.documentElement.scrollWidth + ' > ' + width];
                """);
        return found;
    }

    /** axe-core's serious and critical violations on the page as it is now, one line each with its first targets. */
    public static List<String> seriousAccessibilityViolations(ChromeDriver browser) {
        browser.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                   targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
                """);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            lines.add(v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("targets"));
        }
        return lines;
    }

    private static String axeScript() {
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
