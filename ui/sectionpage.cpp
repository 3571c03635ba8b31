#include "sectionpage.h"

#include "tableexport.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

SectionPage::SectionPage(Section section, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
{
    setObjectName(sectionCode(section) + QStringLiteral("Page"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("sectionDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(4);
    m_content = new QVBoxLayout;
    m_content->setSpacing(6);
    layout->addLayout(m_content, 1);

    SectionPage::retranslate();
}

void SectionPage::setSearchText(const QString &text)
{
    Q_UNUSED(text)
}

void SectionPage::retranslate()
{
    m_title->setText(sectionName(m_section));
    m_description->setText(sectionDescription(m_section));
}

void SectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

RowListPage::RowListPage(Section section, Cache::LocalCache &cache, const QString &entity,
                         QList<CachedRowsModel::Column> columns, QWidget *parent)
    : SectionPage(section, parent)
{
    m_model = new CachedRowsModel(cache, entity, std::move(columns), this);
    m_search = new RowSearchModel(this);
    m_search->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rows"));
    m_view->setModel(m_search);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("rowsFooter"));
    m_footer->setWordWrap(true);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_readMore = new QPushButton(this);
    m_readMore->setObjectName(QStringLiteral("readMore"));
    m_readMore->setAutoDefault(false);
    connect(m_readMore, &QPushButton::clicked, m_model, [this] { m_model->fetchMore({}); });

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_readMore);
    contentLayout()->addWidget(m_view, 1);
    contentLayout()->addLayout(footer);

    connect(m_model, &CachedRowsModel::loaded, this, [this] {
        // Once, from the first page: later pages must not make the columns jump.
        if (!m_sized && m_model->rowCount() > 0)
            fitColumns();
        updateFooter();
    });
    connect(m_search, &QAbstractItemModel::rowsInserted, this, &RowListPage::updateFooter);
    connect(m_search, &QAbstractItemModel::rowsRemoved, this, &RowListPage::updateFooter);
    connect(m_search, &QAbstractItemModel::modelReset, this, &RowListPage::updateFooter);
    connect(m_search, &QAbstractItemModel::layoutChanged, this, &RowListPage::updateFooter);

    RowListPage::retranslate();
}

void RowListPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column)
        header->resizeSection(column, header->sectionSize(column) + 24);
    m_sized = true;
}

void RowListPage::setRowFilter(CachedRowsModel::RowFilter filter)
{
    m_model->setRowFilter(std::move(filter));
}

void RowListPage::reload()
{
    m_model->reload();
    updateFooter();
}

void RowListPage::setSearchText(const QString &text)
{
    m_search->setQuery(text);
    updateFooter();
}

QWidget *RowListPage::focusTarget()
{
    return m_view;
}

QByteArray RowListPage::exportCsv()
{
    QList<int> hidden;
    for (int column = 0; column < m_view->model()->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            hidden << column;
    }
    return TableExport::csv(*m_view->model(), hidden);
}

QString RowListPage::emptyText() const
{
    return tr("Nothing here yet. The list fills in as the workstation syncs with the server.");
}

void RowListPage::retranslate()
{
    SectionPage::retranslate();
    m_readMore->setText(tr("Read more rows"));
    m_model->retranslate();
    // Words and dates change length with the language.
    if (m_sized)
        fitColumns();
    updateFooter();
}

void RowListPage::updateFooter()
{
    const int read = m_model->rowCount();
    const bool more = !m_model->allLoaded();
    QString text;
    if (const QString error = m_model->lastError(); !error.isEmpty()) {
        text = error;
    } else if (m_search->hasQuery()) {
        const int matching = m_search->rowCount();
        text = tr("%Ln of the rows read so far match.", nullptr, matching);
        if (more)
            text += u' ' + tr("The search looks only at rows already read from this "
                              "computer's copy; read more rows to search further.");
    } else if (read == 0 && !more) {
        text = emptyText();
    } else {
        text = tr("%Ln row(s) shown.", nullptr, read);
        if (more)
            text += u' ' + tr("Scroll down to read more.");
    }
    m_footer->setText(text);
    m_readMore->setVisible(more && m_search->hasQuery());
}

} // namespace Shahrvand::Ui
