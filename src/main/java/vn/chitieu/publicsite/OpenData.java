package vn.chitieu.publicsite;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.web.Csv;

/**
 * The open data of a published resolution or of a commune's published resolutions: rows of
 * {@link OpenDataRow} as CSV (UTF-8 with a byte order mark, so that Excel reads the Vietnamese
 * letters; comma separated, CRLF, RFC 4180 quoting) or as a JSON array of the same rows.
 */
@Service
public class OpenData {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final CsvMapper CSV = csvMapper();
    private static final ObjectWriter CSV_WRITER = CSV.writer(CSV.schemaFor(OpenDataRow.class).withHeader().withLineSeparator("\r\n"));
    private static final ObjectWriter JSON_WRITER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writerFor(OpenDataRow[].class);

    private final PublicResults results;
    private final AdministrativeUnits units;
    private final MessageSource messages;

    OpenData(PublicResults results, AdministrativeUnits units, MessageSource messages) {
        this.results = results;
        this.units = units;
        this.messages = messages;
    }

    /** The rows of one published resolution. */
    @Transactional(readOnly = true)
    public List<OpenDataRow> rows(Resolution resolution) {
        AdministrativeUnit commune = units.find(resolution.unitCode()).orElseThrow();
        String province = units.find(commune.provinceOrSelf()).map(AdministrativeUnit::fullName).orElse("");
        String number = resolution.content().document() == null ? null : resolution.content().document().number();
        return results.all(resolution).stream().map(line -> new OpenDataRow(commune.code(), commune.fullName(), province, number,
                line.indicatorNo(), line.target().subject(), line.target().unit(), line.plan(),
                line.hasResult() ? line.period().code() : null, plain(line.value()), line.hasResult() ? line.estimate() : null,
                line.achieved(), line.achievedOn(), line.status().name(),
                messages.getMessage("monitor.status." + line.status().name(), null, VIETNAMESE), rounded(line.percentOfPlan()),
                line.target().id()))
                .toList();
    }

    /** The rows of every published resolution of the commune, newest resolution first. */
    @Transactional(readOnly = true)
    public List<OpenDataRow> rows(AdministrativeUnit commune) {
        List<OpenDataRow> rows = new ArrayList<>();
        for (ResolutionSummary summary : results.publishedIn(commune.code(), false)) {
            rows.addAll(rows(results.published(summary.id())));
        }
        return rows;
    }

    public static byte[] csv(List<OpenDataRow> rows) {
        try {
            return Csv.withByteOrderMark(CSV_WRITER.writeValueAsString(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] json(List<OpenDataRow> rows) {
        try {
            return JSON_WRITER.writeValueAsBytes(rows.toArray(OpenDataRow[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvMapper csvMapper() {
        CsvMapper mapper = new CsvMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    /** 41.200000 as stored is 41.2 in the data. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static BigDecimal rounded(BigDecimal percent) {
        return percent == null ? null : plain(percent.setScale(1, java.math.RoundingMode.HALF_UP));
    }
}
