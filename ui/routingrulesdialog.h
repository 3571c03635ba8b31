#pragma once

#include "routing.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class CaseCatalog;
class SearchPicker;

// The routing rules, as data an administrator edits: which team (and owner) a new case
// goes to by service, district, channel, keywords and priority; the first active rule in
// order wins. Edits are local edits of `routing_rules`, sent with the next sync; the
// server refuses them for anyone but an administrator, and so does this dialog (others
// see the rules read-only). "Try" runs the same router the server runs on the rules shown.
class RoutingRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RoutingRulesDialog(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~RoutingRulesDialog() override;

    // The rules as shown, in order.
    QList<QJsonObject> rules() const { return m_rules; }
    QTableWidget *table() const { return m_table; }
    bool isEditable() const { return m_editable; }

    // Writes a new rule (no "id") or changes one; empty, or why not.
    QString saveRule(const QJsonObject &fields, std::optional<qint64> id = std::nullopt);
    QString removeRule(qint64 id);
    // Swaps the rule's position with its neighbour's (-1 up, +1 down).
    QString moveRule(int row, int step);
    // Which rule routes a case with these facts, in words.
    QString tryRoute(const CaseWork::CaseFacts &facts) const;

private:
    void reload();
    void editRule(int row);
    CaseWork::Router router() const;

    Cache::LocalCache &m_cache;
    std::unique_ptr<CaseCatalog> m_catalog;
    QList<QJsonObject> m_rules;
    bool m_editable = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QList<QPushButton *> m_editButtons;
    // Try.
    SearchPicker *m_tryService = nullptr;
    SearchPicker *m_tryDistrict = nullptr;
    QComboBox *m_tryChannel = nullptr;
    QLineEdit *m_tryText = nullptr;
    QLabel *m_tryResult = nullptr;
};

} // namespace Shahrvand::Ui
