//! The process's one WaveApp (vault, navigation, lifecycle rules), shared by the activity and
//! the sync worker, the background lock timer across its activities, and the screen-off lock.
package org.wave.android

import android.app.Activity
import android.app.Application
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import org.wave.ui.model.WaveApp

class WaveApplication : Application() {
    lateinit var app: WaveApp
        private set
    lateinit var platform: AndroidPlatform
        private set

    override fun onCreate() {
        super.onCreate()
        val scheduler = SyncScheduler(this)
        platform = AndroidPlatform(this, scheduler)
        app = WaveApp(platform, AndroidPrefs(this))
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
        override fun onActivityResumed(activity: Activity) = Unit
        override fun onActivityPaused(activity: Activity) = Unit
        override fun onActivitySaveInstanceState(activity: Activity, outState: Bundle) = Unit
        override fun onActivityDestroyed(activity: Activity) = Unit
    }
}
