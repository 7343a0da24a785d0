namespace Consultation.Web.Features.Records.Downloads;

/// <summary>The README.txt of every yearly ZIP, in Chinese and English; the full schema is docs/bulk-download.md.</summary>
public static class DownloadReadme
{
    public const string Text = """
        山东省教育厅重大行政决策公众参与平台 — 年度开放数据包
        ======================================================

        本数据包包含该年度网站上公开的全部内容：只含已发布、经三审终审的内容；意见按网站显示的方式匿名并遮盖个人信息，
        从不包含联系方式。同一内容在 JSON 和 CSV 中使用相同的标识（如 decision-3、comment-17、group-5）。
        时间为 ISO 8601（+08:00 北京时间），日期为 yyyy-MM-dd。状态和类别有两列：稳定代码（x）和中文名称（x_label）。
        CSV 为 UTF-8（带 BOM，可直接用 Excel 打开）、逗号分隔、CRLF 换行；以 = + - @ 开头的单元格前加了单引号 '。

        文件
        ----
        open-data-<年>.json          全部内容（decisions 决策全过程记录、catalog 目录、policies 政策文件及解读、evaluations 政策评估）
        decisions.csv                决策事项：id, url, title 名称, department 承办处室, year, decided_on 决策日期, document_number 文号, result_* 结果文件, background 决策背景
        consultations.csv            征求意见：id, decision_id, url, title, opens_at, closes_at, total_comments 收到意见数, explanation 起草说明
        interpretations.csv          草案解读：id, consultation_id, url, form 形式, title, published_at, body
        clauses.csv                  条款：id, consultation_id, anchor, label 第N条, comments, unique_comments, near_duplicate_copies, change 修改情况, changed_by_group_ids, draft_text 草案文本, final_text 最终文本
        comment_counts_by_channel.csv 按渠道的意见数：consultation_id, channel, count
        comments.csv                 已公开意见（匿名）：id, consultation_id, clause_id, group_id, received_at, channel, author 署名或“网友”, text
        groups.csv                   集中意见：id, consultation_id, url, title, disposition 采纳情况, reason 理由, size, changed_clause_id, summary
        group_clauses.csv            集中意见涉及的条款：group_id, clause_id
        reports.csv                  意见采纳情况反馈报告：id, consultation_id, url, version, published_at, redline_url, correction_note, introduction
        meetings.csv                 会议（如厅长办公会）：id, decision_id, name, classification, start_date, location, url
        persons.csv / organizations.csv / memberships.csv  列席人员、单位及其关系（Popolo）
        attendees.csv                列席情况：meeting_id, person_id, role 身份, attendance 出席情况
        opinions.csv                 列席意见及处理：id, meeting_id, person_id, decision_id, text, handling, handling_text
        catalog.csv                  年度重大行政决策事项目录：id, year, decision_id, decision, office, planned_timing, status 状态, adjustment_reason, decided_on, document_number, url, link_* 各环节公开链接
        policies.csv                 政策文件：id, url, title, document_number 文号, published_at, body
        policy_interpretations.csv   政策解读：id, policy_id, url, form, title, published_at, body
        evaluations.csv              政策评估：id, url, year, title, policy_id, policy_title, method 评估方式, period_start, period_end, published_on, result 评估结果

        Shandong Department of Education public consultation — yearly open-data bundle
        ==============================================================================

        Everything public on the site for the year: only published content as approved at the final review (三审终审);
        comments anonymised and masked exactly as the site shows them, never any contact detail. Ids are the same in
        JSON and CSV (decision-3, comment-17, group-5 …). Times are ISO 8601 in Beijing time (+08:00), days yyyy-MM-dd.
        A status or kind has two columns: a stable code (x) and its Chinese label (x_label). CSV files are UTF-8 with a
        BOM (Excel opens them directly), comma-separated, CRLF line ends; a cell beginning with = + - @ is prefixed
        with an apostrophe (').

        Files: open-data-<year>.json holds everything (decisions with their whole record, catalog, policies with
        interpretations, evaluations); each CSV above is one table of it, joined by the ids (comments.group_id is a row
        of groups.csv, group_clauses.csv links groups to clauses, attendees.csv links meetings to persons …).
        Column by column: docs/bulk-download.md and docs/decision-record.md in the site's source, or the page
        /open-data/downloads on the site.
        """;
}
