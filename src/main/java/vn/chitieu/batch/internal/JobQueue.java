package vn.chitieu.batch.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Puts documents in the queue of the background jobs, within the caller's transaction (db-scheduler writes through Spring's). */
@Component
public class JobQueue {
    private final ObjectProvider<Scheduler> scheduler;
    private final Clock clock;

    JobQueue(ObjectProvider<Scheduler> scheduler, Optional<Clock> clock) {
        this.scheduler = scheduler;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Each document to be read for its commune. */
    public void read(List<Long> documents) {
        schedule(BatchJobs.READ, documents);
    }

    /** Each confirmed document to be imported. */
    public void importDocuments(List<Long> documents) {
        schedule(BatchJobs.IMPORT, documents);
    }

    private void schedule(TaskDescriptor<Long> task, List<Long> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Scheduler jobs = scheduler.getObject();
        List<TaskInstance<?>> instances = documents.stream()
                .<TaskInstance<?>>map(id -> task.instance(String.valueOf(id)).data(id).build()).toList();
        jobs.scheduleBatch(instances, clock.instant());
        // the pollers see the jobs once they are committed: then this instance looks at once
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    jobs.triggerCheckForDueExecutions();
                }
            });
        } else {
            jobs.triggerCheckForDueExecutions();
        }
    }
}
