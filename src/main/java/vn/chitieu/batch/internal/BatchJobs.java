package vn.chitieu.batch.internal;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The batch's background jobs, in db-scheduler's persistent queue (the table {@code scheduled_tasks}
 * that every instance of the application polls): one job instance per document to read it for its
 * commune, and one per confirmed document to import it. A job whose instance dies is picked up again
 * by another instance (or the same after a restart) once its heartbeat stops; the document's state,
 * changed in the same transaction as the work, makes the second run a no-op.
 */
@Configuration(proxyBeanMethods = false)
class BatchJobs {
    static final TaskDescriptor<Long> READ = TaskDescriptor.of("batch-read", Long.class);
    static final TaskDescriptor<Long> IMPORT = TaskDescriptor.of("batch-import", Long.class);

    @Bean
    OneTimeTask<Long> batchReadTask(BatchWork work) {
        return Tasks.oneTime(READ).execute((instance, context) -> work.read(instance.getData()));
    }

    @Bean
    OneTimeTask<Long> batchImportTask(BatchWork work) {
        return Tasks.oneTime(IMPORT).execute((instance, context) -> work.importDocument(instance.getData()));
    }
}
