package vn.chitieu.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.plan.Task;

/** What a generated resolution says about itself: number, council, session, title, plan period, signer, objectives and tasks. */
final class PlanDocument {
    private static final List<String> OBJECTIVES = List.of(
            "Tập trung huy động mọi nguồn lực, phát huy tiềm năng, lợi thế để phát triển kinh tế nhanh và bền vững; nâng cao đời sống "
                    + "vật chất, tinh thần của Nhân dân.",
            "Đẩy mạnh cải cách hành chính, chuyển đổi số; xây dựng chính quyền địa phương hai cấp vận hành thông suốt, hiệu lực, hiệu quả.",
            "Phát triển toàn diện các lĩnh vực văn hóa, xã hội; thực hiện tốt chính sách an sinh xã hội, giảm nghèo bền vững.",
            "Quản lý, sử dụng hiệu quả tài nguyên, bảo vệ môi trường, chủ động phòng, chống thiên tai, ứng phó với biến đổi khí hậu.",
            "Củng cố quốc phòng, an ninh; giữ vững ổn định chính trị, bảo đảm trật tự, an toàn xã hội.");
    private static final List<String> TASKS = List.of(
            "Phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao gắn với xây dựng nông thôn mới",
            "Phát triển thương mại, dịch vụ, du lịch; cải thiện môi trường đầu tư, kinh doanh",
            "Huy động, quản lý và sử dụng hiệu quả các nguồn lực tài chính, chống thất thu ngân sách",
            "Đầu tư phát triển kết cấu hạ tầng giao thông, thủy lợi, điện, trường học, trạm y tế",
            "Nâng cao chất lượng giáo dục, đào tạo và chăm sóc sức khỏe Nhân dân",
            "Thực hiện tốt công tác lao động, việc làm, giảm nghèo và an sinh xã hội",
            "Quản lý đất đai, tài nguyên, bảo vệ môi trường và phòng, chống thiên tai",
            "Đẩy mạnh chuyển đổi số, cải cách hành chính, xây dựng chính quyền số",
            "Tăng cường quốc phòng, an ninh, giữ vững trật tự, an toàn xã hội");

    private PlanDocument() {}

    static DocumentInfo info(AdministrativeUnit commune, AdministrativeUnit province, SamplePlan plan, LocalDate adoptedOn, String signer,
            Random random) {
        String council = "Hội đồng nhân dân " + commune.type() + " " + commune.name();
        String title = plan.fiveYear()
                ? plan.kind() == DocumentInfo.PeriodKind.FIVE_YEAR
                        ? "Về Kế hoạch phát triển kinh tế - xã hội 5 năm " + plan.startYear() + " - " + plan.endYear()
                        : "Về Kế hoạch phát triển kinh tế - xã hội giai đoạn " + plan.startYear() + " - " + plan.endYear()
                : "Về mục tiêu, nhiệm vụ kế hoạch phát triển kinh tế - xã hội năm " + plan.startYear();
        String law = "Luật Tổ chức chính quyền địa phương ngày " + (adoptedOn.isAfter(LocalDate.of(2025, 6, 16)) ? "16/6/2025" : "19/6/2015");
        String provincial = "Nghị quyết số " + (20 + random.nextInt(120)) + "/NQ-HĐND ngày "
                + Wording.date(adoptedOn.minusDays(5 + random.nextInt(10))) + " của Hội đồng nhân dân " + province.type() + " "
                + province.name() + " về " + Wording.lowerFirst(title.substring(3));
        String term = adoptedOn.getYear() < 2021 ? "XIX" : adoptedOn.getYear() < 2026 ? "XX" : "XXI";
        return new DocumentInfo("NGHI_QUYET", (10 + random.nextInt(140)) + "/NQ-HĐND", council,
                new DocumentInfo.UnitRef(commune.type(), commune.name(), province.name()), commune.name(), adoptedOn, adoptedOn, term,
                plan.fiveYear() ? 8 + random.nextInt(6) : 2 + random.nextInt(10), title,
                new DocumentInfo.PlanPeriod(plan.kind(), plan.start(), plan.end()), new DocumentInfo.Signer("CHỦ TỊCH", signer),
                List.of(law, provincial), false);
    }

    static List<String> objectives(Random random) {
        List<String> chosen = new ArrayList<>(OBJECTIVES);
        Collections.shuffle(chosen, random);
        return List.copyOf(chosen.subList(0, 2 + random.nextInt(3)));
    }

    static List<Task> tasks(Random random) {
        List<String> chosen = new ArrayList<>(TASKS);
        Collections.shuffle(chosen, random);
        List<Task> tasks = new ArrayList<>();
        int count = 4 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            tasks.add(new Task(null, String.valueOf(i + 1), chosen.get(i)));
        }
        return tasks;
    }
}
