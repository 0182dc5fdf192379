package vn.chitieu.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.batch.BatchDocument.State;
import vn.chitieu.batch.internal.BatchFiles;
import vn.chitieu.batch.internal.BatchRepository;
import vn.chitieu.batch.internal.JobQueue;
import vn.chitieu.batch.internal.Unpacked;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;
import vn.chitieu.web.NotFound;

/**
 * Batch import, the module's API: a province's officers (or an admin) hand in many communes'
 * resolutions at once; each is read in the background for its commune, a person confirms or
 * corrects the communes in one list, and the confirmed ones are imported as DRAFTs in the background.
 */
@Service
public class Batches {
    /** The value of a choice that says "do not import this document". */
    public static final String SKIP = "-";
    private final BatchRepository batches;
    private final JobQueue queue;
    private final AdministrativeUnits units;

    Batches(BatchRepository batches, JobQueue queue, AdministrativeUnits units) {
        this.batches = batches;
        this.queue = queue;
        this.units = units;
    }

    /**
     * The province, if the person may hand in batches for it: its officers and admins. Anyone else,
     * and a code that is no province, is told it does not exist.
     */
    public AdministrativeUnit province(String code, Actor actor) {
        return offered(code, actor).orElseThrow(() -> new NotFound("batch.notFound.province", code));
    }

    /** Whether the person may hand in batches for the unit: a province, its officers and admins. */
    static boolean mayHandIn(AdministrativeUnit unit, Actor actor) {
        return unit.level() == AdministrativeUnit.Level.PROVINCE
                && (actor.role() == Role.ADMIN || actor.role() == Role.PROVINCE_OFFICER && unit.code().equals(actor.unitCode()));
    }

    /** The province, if the unit is one the person may hand in batches for. */
    public Optional<AdministrativeUnit> offered(String code, Actor actor) {
        return units.find(code).filter(unit -> mayHandIn(unit, actor));
    }

    public List<AdministrativeUnit> communes(String provinceCode) {
        return units.communesOf(provinceCode);
    }

    /** Saves the batch and queues its documents for reading; files refused on the way in are in it as FAILED, with the reason. */
    @Transactional
    public Batch create(String provinceCode, List<BatchFile> files, Actor actor) {
        AdministrativeUnit province = province(provinceCode, actor);
        if (files.isEmpty()) {
            throw new BatchRefused("batch.problem.noFiles");
        }
        List<Unpacked> documents = BatchFiles.unpack(files);
        if (documents.isEmpty()) {
            throw new BatchRefused("batch.problem.emptyZip");
        }
        long id = batches.insert(province.code(), actor.username(), documents);
        queue.read(batches.ids(id, State.READING));
        return batches.find(id).orElseThrow();
    }

    public Batch find(String provinceCode, long id, Actor actor) {
        AdministrativeUnit province = province(provinceCode, actor);
        return batches.find(id).filter(batch -> batch.provinceCode().equals(province.code()))
                .orElseThrow(() -> new NotFound("batch.notFound.batch", id));
    }

    public List<BatchSummary> recent(String provinceCode, Actor actor) {
        return batches.recent(province(provinceCode, actor).code(), 20);
    }

    /**
     * A person's choices for documents waiting for confirmation, by document id: a commune's code
     * queues it for import in that commune, {@link #SKIP} leaves it out; documents not named, or
     * named with an empty choice, keep waiting. A code that is no commune of the province refuses
     * all the choices.
     */
    @Transactional
    public Batch confirm(String provinceCode, long id, Map<Long, String> choices, Actor actor) {
        Batch batch = find(provinceCode, id, actor);
        Set<String> communes = communes(batch.provinceCode()).stream().map(AdministrativeUnit::code).collect(Collectors.toSet());
        for (Map.Entry<Long, String> choice : choices.entrySet()) {
            String value = choice.getValue() == null ? "" : choice.getValue().strip();
            if (!value.isEmpty() && !value.equals(SKIP) && !communes.contains(value)) {
                throw new BatchRefused("batch.problem.notInProvince", value);
            }
        }
        List<Long> queued = new ArrayList<>();
        for (BatchDocument document : batch.awaitingConfirmation()) {
            String value = choices.getOrDefault(document.id(), "");
            value = value == null ? "" : value.strip();
            if (value.equals(SKIP)) {
                batches.skip(document.id(), batch.id());
            } else if (!value.isEmpty() && batches.queue(document.id(), batch.id(), value)) {
                queued.add(document.id());
            }
        }
        queue.importDocuments(queued);
        return batches.find(id).orElseThrow();
    }
}
