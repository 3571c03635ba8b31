#include "claimspanel.h"

#include "claimdraft.h"
#include "claimeditor.h"
#include "expensetotals.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

ClaimsPanel::ClaimsPanel(Cache::LocalCache &cache, const Access::Principal &user, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_user(user)
{
    setObjectName(QStringLiteral("claimsPanel"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newClaim"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("claimsList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_editor = new ClaimEditor(cache, user, this);
    // Above the list while it shows a dashboard's figure.
    m_figureBar = new QFrame(this);
    m_figureBar->setObjectName(QStringLiteral("claimsFigureBar"));
    m_figureBar->setStyleSheet(
        QStringLiteral("QFrame#claimsFigureBar { background: #fff4d6; border: 1px solid #e0c080; "
                       "border-radius: 6px; }"));
    m_figureText = new QLabel(m_figureBar);
    m_figureText->setObjectName(QStringLiteral("claimsFigureText"));
    m_figureText->setWordWrap(true);
    m_showAll = new QPushButton(m_figureBar);
    m_showAll->setObjectName(QStringLiteral("claimsShowAll"));
    auto *figureLayout = new QHBoxLayout(m_figureBar);
    figureLayout->setContentsMargins(8, 4, 8, 4);
    figureLayout->addWidget(m_figureText, 1);
    figureLayout->addWidget(m_showAll);
    m_figureBar->hide();
    connect(m_showAll, &QPushButton::clicked, this, &ClaimsPanel::showAll);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ClaimsPanel::claimChosen);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (!m_editor->mayLeave())
            return;
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_editor->newClaim();
    });
    connect(m_editor, &ClaimEditor::claimWritten, this, [this](qint64 id) {
        reload();
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            if (m_list->topLevelItem(row)->data(0, ClaimIdRole).toLongLong() == id)
                m_list->setCurrentItem(m_list->topLevelItem(row));
        }
    });

    auto *side = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_new);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(bar);
    sideLayout->addWidget(m_figureBar);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_empty, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 880});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    retranslate();
}

void ClaimsPanel::reload()
{
    const qint64 chosen = m_editor->claimId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const ClaimStore store(m_cache, m_user);
    const QLocale locale;
    QList<Money> figureAmounts; // the lines a dashboard's figure adds up
    qint64 figureClaimCount = 0;
    for (const QJsonObject &claim : m_figure ? figureClaims() : store.ownClaims()) {
        const qint64 id = claim.value(u"id").toInteger();
        const QString status = claim.value(u"status").toString(QStringLiteral("draft"));
        const auto lines = m_cache.childRows(QStringLiteral("expense_lines"),
                                             QStringLiteral("expense_claims"), id, 500);
        if (m_figure) {
            bool counted = false;
            for (const QJsonObject &line : lines ? *lines : QList<QJsonObject>()) {
                if (m_figure->includesLine(line)) {
                    figureAmounts << Money::fromRials(line.value(u"amount_rials").toInteger());
                    counted = true;
                }
            }
            // A type's bar: only the claims with lines of that type.
            if (!counted && !m_figure->expenseType.isEmpty())
                continue;
            ++figureClaimCount;
        }
        QString mission;
        if (const qint64 missionId = claim.value(u"mission_id").toInteger(); missionId != 0) {
            const auto row = m_cache.row(QStringLiteral("missions"), missionId);
            if (row && *row)
                mission = (**row).value(u"order_number").toString();
            if (mission.isEmpty() && row && *row)
                mission = (**row).value(u"purpose").toString();
        }
        // The total of the lines as they are here (the server's sum follows them).
        QList<Money> amounts;
        for (const QJsonObject &line : lines ? *lines : QList<QJsonObject>())
            amounts << Money::fromRials(line.value(u"amount_rials").toInteger());
        const auto total =
            lines && !lines->isEmpty()
                ? Missions::claimTotal(amounts)
                : std::optional(Money::fromRials(claim.value(u"total_rials").toInteger()));
        const qint64 submittedMs = claim.value(u"submitted_at").toInteger();
        const QString submitted =
            submittedMs > 0 ? formatJalaliDate(QDateTime::fromMSecsSinceEpoch(submittedMs, Qt::UTC)
                                                   .toTimeZone(iranTimeZone())
                                                   .date(),
                                               DateStyle::Numeric, locale)
                            : QString();
        const QString reason =
            status == u"returned" || status == u"rejected" ? store.decisionReason(id) : QString();
        const QString title = claim.value(u"title").toString();
        auto *item = new QTreeWidgetItem(
            {title.isEmpty() ? tr("(untitled)") : title,
             mission.isEmpty() ? QString() : isolated(toLocalDigits(mission, locale)),
             FieldText::codeText(status), total ? total->format(locale) : tr("Too large to record"),
             submitted, reason});
        item->setData(0, ClaimIdRole, id);
        item->setTextAlignment(TotalColumn, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setToolTip(ReasonColumn, reason);
        if (!reason.isEmpty())
            item->setForeground(ReasonColumn, QColor(0xb3261e));
        m_list->addTopLevelItem(item);
        if (id == chosen)
            m_list->setCurrentItem(item);
    }
    for (int column = 0; column < ReasonColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setColumnWidth(TitleColumn, qMin(m_list->columnWidth(TitleColumn), 260));
    if (m_figure) {
        const auto sum = Missions::claimTotal(figureAmounts);
        describeFigure(figureClaimCount,
                       sum ? sum->format(locale) : tr("more than can be added up"));
    }
    m_figureBar->setVisible(m_figure.has_value());
    applySearch();
    // The claim shown, as the cache now has it; not while the user has unsaved changes.
    if (chosen != 0 && !m_editor->draft().isDirty())
        m_editor->openClaim(chosen);
}

void ClaimsPanel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    applySearch();
}

void ClaimsPanel::applySearch()
{
    const QString search = fromLocalDigits(m_search);
    int shown = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        bool matches = search.isEmpty();
        for (const int column : {TitleColumn, MissionColumn, StatusColumn})
            matches = matches ||
                      fromLocalDigits(item->text(column)).contains(search, Qt::CaseInsensitive);
        item->setHidden(!matches);
        shown += matches ? 1 : 0;
    }
    m_empty->setText(m_figure && m_list->topLevelItemCount() == 0
                         ? tr("No claim in this computer's copy adds up to this figure.")
                     : m_list->topLevelItemCount() == 0
                         ? tr("No expense claims yet. “New claim” starts one; it works offline "
                              "too.")
                         : tr("No claim matches the search."));
    m_empty->setVisible(shown == 0);
    m_list->setVisible(shown > 0);
}

void ClaimsPanel::showFigure(const Cache::ExpenseFigure &figure, const QString &title)
{
    m_figure = figure;
    m_figureTitle = title;
    m_title->setText(tr("Expense claims"));
    reload();
}

void ClaimsPanel::showAll()
{
    m_figure.reset();
    m_figureTitle.clear();
    m_title->setText(tr("My expense claims"));
    reload();
}

// Every cached claim the figure adds up (the cache holds what this user may see), the
// latest submitted first.
QList<QJsonObject> ClaimsPanel::figureClaims() const
{
    QList<QJsonObject> claims;
    std::optional<qint64> after;
    for (;;) {
        const auto page = m_cache.rows(QStringLiteral("expense_claims"), 500, after);
        if (!page)
            break;
        for (const QJsonObject &claim : *page) {
            if (m_figure->includes(claim))
                claims.append(claim);
        }
        if (page->size() < 500)
            break;
        after = page->last().value(u"id").toInteger();
    }
    std::stable_sort(claims.begin(), claims.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"submitted_at").toInteger() > b.value(u"submitted_at").toInteger();
    });
    return claims;
}

void ClaimsPanel::describeFigure(qint64 claims, const QString &amount)
{
    const Cache::FieldFilter &period = m_figure->filter;
    const QString when = period.from.isValid() && period.to.isValid()
                             ? tr("submitted from %1 to %2")
                                   .arg(formatJalaliDate(period.from, DateStyle::Long),
                                        formatJalaliDate(period.to, DateStyle::Long))
                             : tr("submitted at any time");
    m_showAll->setText(tr("Show all my claims"));
    m_figureText->setText(
        tr("Filtered: %1, %2. Claims: %3; their part of the figure: %4.")
            .arg(m_figureTitle, when, toLocalDigits(QLocale().toString(claims)), amount));
}

bool ClaimsPanel::chooseClaim(qint64 claimId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, ClaimIdRole).toLongLong() == claimId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ClaimsPanel::claimChosen()
{
    const QList<QTreeWidgetItem *> chosen = m_list->selectedItems();
    if (chosen.isEmpty())
        return;
    const qint64 id = chosen.first()->data(0, ClaimIdRole).toLongLong();
    if (id == m_editor->claimId())
        return;
    if (!m_editor->mayLeave()) {
        // Back to the claim being edited (none in the list while it is new).
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            if (m_list->topLevelItem(row)->data(0, ClaimIdRole).toLongLong() == m_editor->claimId())
                m_list->setCurrentItem(m_list->topLevelItem(row));
        }
        return;
    }
    m_editor->openClaim(id);
}

void ClaimsPanel::retranslate()
{
    m_title->setText(m_figure ? tr("Expense claims") : tr("My expense claims"));
    m_new->setText(tr("&New claim"));
    m_list->setHeaderLabels({tr("Title"), tr("Mission"), tr("Status"), tr("Total"), tr("Submitted"),
                             tr("Approver's reason")});
    reload();
}

void ClaimsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
