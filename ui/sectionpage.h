#pragma once

#include "cachedrowsmodel.h"
#include "section.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace Shahrvand::Ui {

// One work area of the main window: a heading, a line saying what it shows, and its
// content. Later issues replace each section's page with a full workspace; the frame
// only knows this interface.
class SectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit SectionPage(Section section, QWidget *parent = nullptr);

    Section section() const { return m_section; }

    // Reads the cache again (after a sync or a local edit).
    virtual void reload() = 0;
    // The global search box's text; a page without a list ignores it.
    virtual void setSearchText(const QString &text);
    virtual bool isSearchable() const { return false; }
    // Where the keyboard goes when the section is opened.
    virtual QWidget *focusTarget() { return this; }
    // What File → Export to CSV writes (nothing: the page has no list to export), and what
    // File → Print to PDF prints.
    virtual bool hasExport() const { return false; }
    virtual QByteArray exportCsv() { return {}; }
    virtual QWidget *printTarget() { return this; }

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate();
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    Section m_section;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QVBoxLayout *m_content = nullptr;
};

// A section that lists the cached rows of one entity, read a page at a time, with the
// global search filtering what has been read.
class RowListPage : public SectionPage
{
    Q_OBJECT

public:
    RowListPage(Section section, Cache::LocalCache &cache, const QString &entity,
                QList<CachedRowsModel::Column> columns, QWidget *parent = nullptr);

    void reload() override;
    void setSearchText(const QString &text) override;
    bool isSearchable() const override { return true; }
    QWidget *focusTarget() override;
    bool hasExport() const override { return true; }
    QByteArray exportCsv() override;

    QTableView *view() const { return m_view; }
    CachedRowsModel *rows() const { return m_model; }
    RowSearchModel *searchResults() const { return m_search; }

protected:
    void retranslate() override;
    void setRowFilter(CachedRowsModel::RowFilter filter);
    // What an empty list means for this section.
    virtual QString emptyText() const;

private:
    void updateFooter();
    void fitColumns();

    CachedRowsModel *m_model = nullptr;
    RowSearchModel *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_footer = nullptr;
    QPushButton *m_readMore = nullptr;
    bool m_sized = false;
};

} // namespace Shahrvand::Ui
