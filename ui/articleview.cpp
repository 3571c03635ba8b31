#include "articleview.h"

#include "articlehtml.h"
#include "casetext.h"
#include "fieldtext.h"
#include "jalalidate.h"

#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("articleFacts"));
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_extra = new QLabel(this);
    m_extra->setObjectName(QStringLiteral("articleExtra"));
    m_extra->setWordWrap(true);
    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("articleBody"));
    m_body->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_extra);
    layout->addWidget(m_body, 1);
    clear();
}

void ArticleView::setArticle(const QJsonObject &row, const QString &subject,
                             const QStringList &services, const QStringList &attachments)
{
    m_row = row;
    m_subject = subject;
    m_services = services;
    m_attachments = attachments;
    fill();
}

void ArticleView::clear()
{
    m_row = {};
    m_subject.clear();
    m_services.clear();
    m_attachments.clear();
    fill();
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void ArticleView::fill()
{
    if (m_row.isEmpty()) {
        m_title->setText(tr("No article chosen"));
        m_facts->clear();
        m_extra->clear();
        m_extra->hide();
        m_body->clear();
        return;
    }
    const QString entity = QStringLiteral("knowledge_articles");
    const QString title = m_row.value(u"title").toString();
    m_title->setText(title.isEmpty() ? tr("(untitled)") : title);
    // The article's own direction, whatever the interface's.
    const bool english = m_row.value(u"language").toString() == u"en";
    const Qt::LayoutDirection direction = english ? Qt::LeftToRight : Qt::RightToLeft;
    m_title->setLayoutDirection(direction);
    m_title->setAlignment((english ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (layoutDirection() == direction)
        m_title->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    QStringList facts;
    facts << FieldText::codeText(m_row.value(u"article_type").toString())
          << FieldText::codeText(m_row.value(u"status").toString());
    const int major = m_row.value(u"major_version").toInt();
    const int minor = m_row.value(u"minor_version").toInt(1);
    facts << tr("version %1").arg(toLocalDigits(QStringLiteral("%1.%2").arg(major).arg(minor)));
    if (!m_subject.isEmpty())
        facts << m_subject;
    facts << FieldText::displayValue(entity, u"language", m_row.value(u"language"));
    facts << FieldText::codeText(m_row.value(u"visibility").toString(QStringLiteral("internal")));
    const int resolved = m_row.value(u"resolved_case_count").toInt();
    facts << tr("resolved %Ln case(s)", nullptr, resolved);
    if (m_row.value(u"updated_at").isDouble())
        facts << tr("updated %1")
                     .arg(formatJalaliDate(QDateTime::fromMSecsSinceEpoch(
                                               m_row.value(u"updated_at").toInteger(), Qt::UTC)
                                               .toTimeZone(iranTimeZone())
                                               .date(),
                                           DateStyle::Long));
    facts.removeAll(QString());
    m_facts->setText(CaseText::joinIsolated(facts));

    QStringList extra;
    if (m_row.value(u"article_type").toString() == u"regulation") {
        const QString reference = m_row.value(u"reference_number").toString();
        if (!reference.isEmpty())
            extra << tr("Reference number: %1").arg(toLocalDigits(reference));
        const QDate effective =
            QDate::fromString(m_row.value(u"effective_date").toString(), Qt::ISODate);
        if (effective.isValid())
            extra << tr("In force from %1").arg(formatJalaliDate(effective, DateStyle::Long));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto iranDate = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(iranTimeZone()).date();
    };
    if (m_row.value(u"publish_at").isDouble() && m_row.value(u"publish_at").toInteger() > now)
        extra << tr("Scheduled: agents see it from %1")
                     .arg(formatJalaliDate(iranDate(m_row.value(u"publish_at").toInteger()),
                                           DateStyle::Long));
    if (m_row.value(u"expires_at").isDouble()) {
        const qint64 expires = m_row.value(u"expires_at").toInteger();
        // Valid until the end of its last day: the day before the instant it stops.
        const QString day = formatJalaliDate(iranDate(expires - 1), DateStyle::Long);
        extra << (expires <= now ? tr("Expired after %1: agents no longer see it").arg(day)
                                 : tr("Valid until %1").arg(day));
    }
    if (!m_services.isEmpty())
        extra << tr("Services: %1").arg(m_services.join(tr(", ")));
    if (!m_attachments.isEmpty())
        extra << tr("Attached: %1").arg(m_attachments.join(tr(", ")));
    const QString keywords = m_row.value(u"keywords").toString().trimmed();
    if (!keywords.isEmpty())
        extra << tr("Keywords: %1").arg(keywords);
    m_extra->setText(extra.join(u'\n'));
    m_extra->setVisible(!extra.isEmpty());

    m_body->setLayoutDirection(direction);
    m_body->setHtml(Knowledge::sanitizeArticleHtml(m_row.value(u"body").toString()));
    setArticleDirection(m_body->document(), direction);
}

void setArticleDirection(QTextDocument *document, Qt::LayoutDirection direction)
{
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(direction);
    document->setDefaultTextOption(option);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().layoutDirection() != Qt::LayoutDirectionAuto)
            continue;
        QTextBlockFormat format;
        format.setLayoutDirection(direction);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
    cursor.endEditBlock();
}

namespace {

QString highlighted(const QString &text, const QList<Knowledge::ArticleSnippet::Range> &ranges)
{
    QString html;
    qsizetype at = 0;
    for (const auto &range : ranges) {
        if (range.start < at || range.start + range.length > text.size())
            continue;
        html += text.mid(at, range.start - at).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background-color: #fff1b8;\">") +
                text.mid(range.start, range.length).toHtmlEscaped() + QStringLiteral("</b>");
        at = range.start + range.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace

QString articleHitHtml(const Cache::ArticleHit &hit, const QString &subjectName, qint64 now)
{
    QStringList facts{FieldText::codeText(hit.articleType), FieldText::codeText(hit.status)};
    if (hit.publishAt > now)
        facts << ArticleView::tr("scheduled");
    if (hit.expiresAt != 0 && hit.expiresAt <= now)
        facts << ArticleView::tr("expired");
    if (!subjectName.isEmpty())
        facts << subjectName;
    if (hit.resolvedCaseCount > 0)
        facts << ArticleView::tr("resolved %Ln case(s)", nullptr, hit.resolvedCaseCount);
    const QString dir = hit.language == u"en" ? QStringLiteral("ltr") : QStringLiteral("rtl");
    return QStringLiteral("<div dir=\"%1\"><span style=\"font-size: large;\">%2</span></div>"
                          "<div style=\"color: #666666;\">%3</div>"
                          "<div dir=\"%1\">%4</div>")
        .arg(dir, highlighted(hit.title, hit.titleHighlights),
             facts.join(QStringLiteral(" · ")).toHtmlEscaped(),
             highlighted(hit.snippet.text, hit.snippet.highlights));
}

} // namespace Shahrvand::Ui
