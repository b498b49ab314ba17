//! The process's one WaveApp (vault, navigation, lifecycle rules), shared by the activity and
//! the sync worker, and the screen-off lock.
package org.wave.android

import android.app.Application
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
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
}
