//! Background sync through WorkManager: unique periodic work plus an expedited request after a
//! record is finished or the phone is enrolled, both only on a connected network and with
//! exponential backoff. The worker sends only while the vault is unlocked: sending needs the
//! device key and the outbox inside the vault, and keeping them usable while locked would put
//! key material on a seized phone outside the passphrase's protection. Its decisions are
//! android/ui's decideSync/afterSync, tested on the JVM.
package org.wave.android

import android.content.Context
import android.os.Build
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.OutOfQuotaPolicy
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import java.util.concurrent.TimeUnit
import org.wave.ui.model.SyncRunResult

class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result {
        val app = (applicationContext as WaveApplication).app
        return when (app.syncIfAllowed()) {
            SyncRunResult.SUCCESS -> Result.success()
            SyncRunResult.RETRY -> Result.retry()
            // Waiting cannot fix a key mismatch, and a lock mid-run syncs again on unlock.
            SyncRunResult.STOP -> Result.success()
        }
    }
}

class SyncScheduler(private val context: Context) {
    private val constraints = Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build()

    /** The periodic run: it does nothing while the vault is locked (decideSync). */
    fun schedulePeriodic() {
        val request = PeriodicWorkRequestBuilder<SyncWorker>(15, TimeUnit.MINUTES)
            .setConstraints(constraints)
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.SECONDS)
            .build()
        WorkManager.getInstance(context).enqueueUniquePeriodicWork(PERIODIC, ExistingPeriodicWorkPolicy.KEEP, request)
    }

    /** After a finish, an enrollment or an unlock with something waiting. */
    fun syncSoon() {
        val builder = OneTimeWorkRequestBuilder<SyncWorker>()
            .setConstraints(constraints)
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.SECONDS)
        // Before Android 12 expedited work runs as a foreground service with a notification;
        // Wave shows none, so there the request is an ordinary one.
        if (Build.VERSION.SDK_INT >= 31) builder.setExpedited(OutOfQuotaPolicy.RUN_AS_NON_EXPEDITED_WORK_REQUEST)
        WorkManager.getInstance(context).enqueueUniqueWork(SOON, ExistingWorkPolicy.REPLACE, builder.build())
    }

    private companion object {
        const val PERIODIC = "wave-sync-periodic"
        const val SOON = "wave-sync-soon"
    }
}
