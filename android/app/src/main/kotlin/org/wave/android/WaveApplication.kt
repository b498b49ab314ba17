//! The process's one WaveApp (vault, navigation, lifecycle rules), shared by the activity and
//! the sync worker, the background lock timer across its activities, the screen-off lock, and the
//! task's name and icon in the app switcher under camouflage.
package org.wave.android

import android.app.Activity
import android.app.ActivityManager
import android.app.Application
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.os.Build
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import org.wave.ui.model.Camouflage
import org.wave.ui.model.WaveApp

class WaveApplication : Application() {
    lateinit var app: WaveApp
        private set
    lateinit var platform: AndroidPlatform
        private set
    private lateinit var prefs: AndroidPrefs

    override fun onCreate() {
        super.onCreate()
        val scheduler = SyncScheduler(this)
        platform = AndroidPlatform(this, scheduler)
        prefs = AndroidPrefs(this)
        app = WaveApp(platform, prefs)
        scheduler.schedulePeriodic()
        registerActivityLifecycleCallbacks(ForegroundCounter())
        // Screen off locks at once, whatever the background delay.
        registerReceiver(
            object : BroadcastReceiver() {
                override fun onReceive(context: Context, intent: Intent) {
                    if (intent.action == Intent.ACTION_SCREEN_OFF) app.onScreenOff()
                }
            },
            IntentFilter(Intent.ACTION_SCREEN_OFF),
        )
    }

    /**
     * Gives the task the camouflage's name and icon, so the app switcher shows "Notes" or
     * "Calculator" rather than the application's own label, which stays "Wave". Set at every
     * resume: a camouflage chosen in settings applies from the next screen on.
     */
    private fun labelTask(activity: Activity) {
        val (label, icon) = when (prefs.camouflage) {
            Camouflage.WAVE -> "app_name" to "ic_wave"
            Camouflage.CALCULATOR -> "app_name_calculator" to "ic_calculator"
            Camouflage.NOTES -> "app_name_notes" to "ic_notes"
        }
        val res = activity.resources
        val labelId = res.getIdentifier(label, "string", activity.packageName)
        val iconId = res.getIdentifier(icon, "drawable", activity.packageName)
        if (labelId == 0) return
        val description = if (Build.VERSION.SDK_INT >= 33) {
            ActivityManager.TaskDescription.Builder()
                .setLabel(res.getString(labelId))
                .apply { if (iconId != 0) setIcon(iconId) }
                .build()
        } else {
            @Suppress("DEPRECATION")
            ActivityManager.TaskDescription(res.getString(labelId), iconId)
        }
        activity.setTaskDescription(description)
    }

    /**
     * Wave is in the background when none of its activities is started. Counting them (rather
     * than watching one activity) keeps Wave's own recorder screen from locking the vault under
     * the checklist, while leaving for another app or the launcher starts the background delay;
     * coming back to any Wave screen before it ends cancels the lock. WaveApp decides when the
     * delay starts (not while a capture waits for the camera or the file picker).
     */
    private inner class ForegroundCounter : ActivityLifecycleCallbacks {
        private val handler = Handler(Looper.getMainLooper())
        private val lockLater = Runnable { app.onBackgroundTimer() }
        private var started = 0

        init {
            // Locks after the delay even if she never comes back to Wave.
            app.startLockTimer = { delayMs -> handler.postDelayed(lockLater, delayMs) }
        }

        override fun onActivityStarted(activity: Activity) {
            if (started++ == 0) {
                handler.removeCallbacks(lockLater)
                app.onForeground()
            }
        }

        override fun onActivityStopped(activity: Activity) {
            started = (started - 1).coerceAtLeast(0)
            if (started == 0) app.onBackground()
        }

        override fun onActivityCreated(activity: Activity, savedInstanceState: Bundle?) = Unit
        override fun onActivityResumed(activity: Activity) = labelTask(activity)
        override fun onActivityPaused(activity: Activity) = Unit
        override fun onActivitySaveInstanceState(activity: Activity, outState: Bundle) = Unit
        override fun onActivityDestroyed(activity: Activity) = Unit
    }
}
