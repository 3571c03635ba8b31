#pragma once

#include "sectionpage.h"

namespace Shahrvand::Ui {

// Cases: for now the cached cases as a list (tracking code, status, priority, opened,
// subject). The case workspace replaces it.
class CasesPage final : public RowListPage
{
    Q_OBJECT

public:
    explicit CasesPage(Cache::LocalCache &cache, QWidget *parent = nullptr);

protected:
    QString emptyText() const override;
};

} // namespace Shahrvand::Ui
