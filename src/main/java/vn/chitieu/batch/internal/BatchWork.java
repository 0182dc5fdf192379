package vn.chitieu.batch.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chitieu.batch.BatchDocument.State;
import vn.chitieu.document.DocumentException;
import vn.chitieu.extraction.DocumentInfo.UnitRef;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.plan.ImportResult;
import vn.chitieu.plan.ResolutionImport;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.UnknownUnit;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * What the batch's jobs do with one document: read it for its commune, or import it for the
 * commune a person confirmed. Each is safe to run again: a document no longer in the state the job
 * expects is left as it is, and an import and the document's move to IMPORTED commit together.
 */
@Component
public class BatchWork {
    private static final Logger log = LoggerFactory.getLogger(BatchWork.class);
    private final BatchRepository batches;
    private final ResolutionImport imports;
    private final AdministrativeUnits units;
    private final TransactionTemplate transaction;
    private final Map<String, CommuneMatcher> matchers = new ConcurrentHashMap<>();

    BatchWork(BatchRepository batches, ResolutionImport imports, AdministrativeUnits units, TransactionTemplate transaction) {
        this.batches = batches;
        this.imports = imports;
        this.units = units;
        this.transaction = transaction;
    }

    /** Reads the document and proposes the province's commune its text names, if one matches. */
    public void read(long documentId) {
        Optional<BatchRepository.Work> work = batches.work(documentId, State.READING);
        if (work.isEmpty()) {
            return;
        }
        BatchRepository.Work document = work.get();
        UnitRef unit;
        try {
            unit = imports.extract(document.fileName(), document.bytes()).document().unit();
        } catch (DocumentException unreadable) {
            batches.failed(documentId, State.READING, "batch.reason.unreadable", unreadable.getMessage());
            return;
        } catch (RuntimeException failure) {
            // a fault of the extractor on this text: the document fails, the job does not retry for ever
            log.error("batch document {} could not be read", documentId, failure);
            batches.failed(documentId, State.READING, "batch.reason.internal", null);
            return;
        }
        Optional<AdministrativeUnit> commune = matcher(document.provinceCode()).match(unit);
        batches.read(documentId, CommuneMatcher.described(unit), commune.map(AdministrativeUnit::code).orElse(null));
    }

    /** Imports the document as a DRAFT of its confirmed commune, unless that was done already. */
    public void importDocument(long documentId) {
        try {
            transaction.executeWithoutResult(status -> {
                Optional<BatchRepository.Work> work = batches.lockQueued(documentId);
                if (work.isEmpty()) {
                    return;
                }
                BatchRepository.Work document = work.get();
                ImportResult result;
                try {
                    result = imports.importForProvince(document.unitCode(), document.fileName(), document.bytes(), handedInBy(document));
                } catch (DocumentException unreadable) {
                    throw new Refused("batch.reason.unreadable", unreadable.getMessage());
                }
                batches.imported(documentId, result.resolution().id(), result.existing());
            });
        } catch (Refused refused) {
            batches.failed(documentId, State.QUEUED, refused.key, refused.detail);
        } catch (ResolutionRejected rejected) {
            batches.failed(documentId, State.QUEUED, "batch.reason.rejected", null);
        } catch (UnknownUnit unknown) {
            batches.failed(documentId, State.QUEUED, "batch.reason.unknownUnit", null);
        }
    }

    /**
     * The batch's author as the import sees them: an officer of the batch's province (an admin who
     * handed a batch in acts for that province too). The pages checked who they are when the
     * documents were confirmed; the job runs later, perhaps on another instance, without a session.
     */
    private static Actor handedInBy(BatchRepository.Work document) {
        return new Actor(0, document.createdBy(), document.createdBy(), Role.PROVINCE_OFFICER, document.provinceCode());
    }

    private CommuneMatcher matcher(String provinceCode) {
        return matchers.computeIfAbsent(provinceCode, code -> new CommuneMatcher(units.find(code).orElseThrow(), communes(code)));
    }

    private List<AdministrativeUnit> communes(String provinceCode) {
        return units.communesOf(provinceCode);
    }

    /** A document the import turned down, carried out of the transaction it rolled back. */
    private static final class Refused extends RuntimeException {
        private final String key;
        private final String detail;

        Refused(String key, String detail) {
            super(key, null, false, false);
            this.key = key;
            this.detail = detail;
        }
    }
}
