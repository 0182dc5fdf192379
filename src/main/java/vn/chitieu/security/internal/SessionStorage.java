package vn.chitieu.security.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the sessions kept in the database are read and written. Every signed-in request reads its
 * session and writes back its last access time; Spring Session wraps each in a transaction of its
 * own, which costs two extra round trips (BEGIN is free, COMMIT is not) per request. Each of those
 * is a single statement, already atomic on its own, so they run without one. What is lost: a new
 * session and its attributes are no longer written all or nothing, and a crash between them leaves
 * a session without its sign-in, which only means signing in again.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {
    @Bean
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /**
     * The application's own transaction template, which Spring Boot leaves out once any
     * TransactionOperations bean exists (the one above): whoever asks for one by type gets this,
     * with transactions.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }
}
