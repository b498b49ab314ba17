//! Every screen in the states worth looking at, for the UI tests and the screenshots: the
//! welcome steps, unlock (also after a wrong passphrase or another failure), home (empty, and
//! with all four groups), each checklist item kind as the real core presents it in the language
//! (walked through the state holder), the core's refusal, help, review with problems, stop,
//! finish, enrollment and settings.
package org.wave.ui.screens

import androidx.compose.runtime.Composable
import java.io.File
import java.nio.file.Files
import kotlinx.coroutines.runBlocking
import org.wave.core.EnrollmentPreview
import org.wave.core.ItemKind
import org.wave.core.PassphraseStrength
import org.wave.ui.FIXED
import org.wave.ui.PASSPHRASE
import org.wave.ui.checklist
import org.wave.ui.fill
import org.wave.ui.firstRun
import org.wave.ui.newApp
import org.wave.ui.model.ChecklistView
import org.wave.ui.model.EnrollProblem
import org.wave.ui.model.EnrollState
import org.wave.ui.model.EnrollStep
import org.wave.ui.model.Group
import org.wave.ui.model.HomeRecord
import org.wave.ui.model.HomeState
import org.wave.ui.model.Media
import org.wave.ui.model.PassphraseForm
import org.wave.ui.model.SettingsState
import org.wave.ui.model.SyncLine
import org.wave.ui.model.UnlockState
import org.wave.ui.model.WelcomeState
import org.wave.ui.model.WelcomeStep

class Shot(val name: String, val content: @Composable () -> Unit)

/** The checklist as the core shows it in one language: a view of each kind, and more. */
class ChecklistViews(val asking: Map<String, ChecklistView.Asking>, val review: ChecklistView.Review, val stopped: ChecklistView.Stopped)

private val cache = HashMap<String, ChecklistViews>()

/** Walks the real checklist in `language` through the state holder and keeps one view of each
 *  item kind, filled in as a person would, plus a refusal, help, review and a stop. */
fun checklistViews(language: String): ChecklistViews = synchronized(cache) {
    cache.getOrPut(language) {
        runBlocking {
            val dir = Files.createTempDirectory("wave-gallery-").toFile()
            try {
                val (app, _) = newApp(dir, language = language)
                firstRun(app).newRecord()
                val model = checklist(app)
                val asking = LinkedHashMap<String, ChecklistView.Asking>()
                val repeats = mutableSetOf<String>()
                var attached = false
                while (true) {
                    val view = model.view.value as? ChecklistView.Asking ?: break
                    val q = view.question
                    val key = q.kind.name.lowercase()
                    if (q.id == "incident_date" && "invalid" !in asking) {
                        model.edit { it.copy(day = "31", month = "2", year = "2026", precision = "exact") }
                        model.next()
                        asking["invalid"] = model.view.value as ChecklistView.Asking
                    }
                    if (q.help != null && "help" !in asking && q.kind == ItemKind.SINGLE) {
                        model.toggleHelp()
                        asking["help"] = model.view.value as ChecklistView.Asking
                        model.toggleHelp()
                    }
                    when (q.kind) {
                        ItemKind.REPEAT -> {
                            if (q.repeat?.count == 1u && "repeat" !in asking) asking["repeat"] = view
                            model.repeat(repeats.add(q.id))
                        }
                        ItemKind.ATTACHMENT -> {
                            if (!attached && Media.PHOTO.value in q.media) {
                                model.addAttachment(Media.PHOTO)
                                attached = true
                                asking.putIfAbsent(key, model.view.value as ChecklistView.Asking)
                            }
                            model.next()
                        }
                        else -> {
                            model.edit { fill(q, it) }
                            val filled = model.view.value as ChecklistView.Asking
                            if (key !in asking && (q.kind != ItemKind.SINGLE || q.choices.size >= 3)) asking[key] = filled
                            if (q.repeat != null && q.kind != ItemKind.REPEAT && "repeat_entry" !in asking) asking["repeat_entry"] = filled
                            model.next()
                        }
                    }
                    if (q.id == "incident_date" && "sections" !in asking) {
                        model.openSections()
                        asking["sections"] = model.view.value as ChecklistView.Asking
                        model.closeSections()
                    }
                }
                val review = model.view.value as ChecklistView.Review
                // Finishing a fresh draft early gives the review with its problems.
                model.close()
                home(app).newRecord()
                val early = checklist(app)
                early.edit { it.copy(choice = FIXED["safe_now"] as String) }
                early.next()
                early.finish()
                val problems = early.view.value as ChecklistView.Review
                early.close()
                home(app).newRecord()
                val gate = checklist(app)
                gate.edit { it.copy(choice = "not_safe") }
                gate.next()
                val stopped = gate.view.value as ChecklistView.Stopped
                ChecklistViews(asking, ChecklistView.Review(review.sections, problems.problems), stopped)
            } finally {
                dir.deleteRecursively()
            }
        }
    }
}

private fun home(app: org.wave.ui.model.WaveApp) = org.wave.ui.home(app)

private val strength = PassphraseStrength(score = 2u, guessesLog10 = 7.5, acceptable = false, asPin = false, hint = "")

private fun records(now: Long, language: String) = listOf(
    HomeRecord("a", "", now - 3_600_000, Group.DRAFTS),
    HomeRecord("b", "", now - 86_400_000, Group.WAITING),
    HomeRecord("c", "", now - 2 * 86_400_000, Group.SENT),
    HomeRecord("d", "", now - 3 * 86_400_000, Group.REJECTED, reason = refusal(language)),
)

/** A refusal's reason as the core says it in `language` (`case_sync_states(language)`): its
 *  words for a case too large for the server, read from the core's own catalog. */
private fun refusal(language: String): String {
    val locales = File(System.getProperty("wave.core.locales") ?: error("wave.core.locales is not set"))
    val key = "sync-case-too-large-limit-mib = "
    val line = File(locales, "$language/sync.ftl").readLines().firstOrNull { it.startsWith(key) }
        ?: error("no $key in the core's $language catalog")
    // Fluent allows spaces inside a placeable: `{$mib}` and `{ $mib }` are the same.
    val filled = line.removePrefix(key).replace(Regex("\\{\\s*\\\$mib\\s*\\}"), "64")
    check('{' !in filled) { "a placeable left unfilled in the core's $language catalog: $filled" }
    return filled
}

/** Every screen, in the states worth drawing; `language` picks the checklist's texts. */
fun gallery(language: String): List<Shot> {
    val views = checklistViews(language)
    val now = 1_780_000_000_000L
    val shots = mutableListOf(
        Shot("01-welcome") { WelcomeScreen(WelcomeState(), WelcomeActions()) {} },
        Shot("02-passphrase") {
            WelcomeScreen(WelcomeState(WelcomeStep.PASSPHRASE, passphrase = "copper kettle", repeat = "copper", strength = strength), WelcomeActions()) {}
        },
        Shot("03-duress") { WelcomeScreen(WelcomeState(WelcomeStep.DURESS, passphrase = PASSPHRASE), WelcomeActions()) {} },
        Shot("04-wipe") { WelcomeScreen(WelcomeState(WelcomeStep.WIPE, wipeAfter = 10), WelcomeActions()) {} },
        Shot("05-unlock") { UnlockScreen(UnlockState(), {}, {}) {} },
        Shot("06-unlock-wrong") { UnlockScreen(UnlockState(wrong = true), {}, {}) {} },
        Shot("06-unlock-camouflaged") { UnlockScreen(UnlockState(), {}, {}, "app_name_calculator") {} },
        Shot("06-unlock-failed") { UnlockScreen(UnlockState(failed = true), {}, {}, "app_name_notes") {} },
        Shot("07-home-empty") { HomeScreen(HomeState(loaded = true), HomeActions()) {} },
        Shot("08-home") {
            HomeScreen(HomeState(loaded = true, records = records(now, language), enrolled = true, pending = 1, line = SyncLine.WAITING), HomeActions()) {}
        },
        Shot("09-home-sent") {
            HomeScreen(HomeState(loaded = true, records = records(now, language).take(3), enrolled = true, line = SyncLine.SENT_ALL, lastSuccessAtMs = now), HomeActions()) {}
        },
    )
    for ((kind, view) in views.asking) shots.add(Shot("10-checklist-$kind") { ChecklistScreen(view, ChecklistActions(locate = {})) })
    shots += listOf(
        Shot("11-review") { ChecklistScreen(views.review, ChecklistActions()) },
        Shot("12-stopped") { ChecklistScreen(views.stopped, ChecklistActions()) },
        Shot("13-stopped-stored") { ChecklistScreen(ChecklistView.Stopped(views.stopped.message, stored = true), ChecklistActions()) },
        Shot("14-finished") { ChecklistScreen(ChecklistView.Finished(dropped = 2, enrolled = true), ChecklistActions()) },
        Shot("15-enroll") { EnrollScreen(EnrollState(code = "wave-enroll:1:", problem = EnrollProblem.NOT_WAVE), EnrollActions(scan = {}), {}) {} },
        Shot("16-enroll-confirm") {
            EnrollScreen(EnrollState(EnrollStep.CONFIRM, preview = EnrollmentPreview("https://reports.example.org", 2u, true)), EnrollActions(), {}) {}
        },
        Shot("17-enroll-done") { EnrollScreen(EnrollState(EnrollStep.DONE), EnrollActions(), {}) {} },
        Shot("18-settings") { SettingsScreen(SettingsState(language = language, wipeAfter = 10), SettingsActions(), {}) {} },
        Shot("19-settings-duress") { SettingsScreen(SettingsState(form = PassphraseForm.DURESS, language = language), SettingsActions(), {}) {} },
        Shot("20-settings-panic") { SettingsScreen(SettingsState(confirmPanic = true, language = language), SettingsActions(), {}) {} },
    )
    return shots
}

fun screensDir(): File = File(System.getProperty("wave.screens.dir", "target/screens")).apply { mkdirs() }
