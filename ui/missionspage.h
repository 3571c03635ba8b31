#pragma once

#include "sectionpage.h"

namespace Shahrvand::Ui {

// Missions: for now the cached missions (order number, status, planned start,
// destination, purpose). The missions workspace replaces it.
class MissionsPage final : public RowListPage
{
    Q_OBJECT

public:
    explicit MissionsPage(Cache::LocalCache &cache, QWidget *parent = nullptr);

protected:
    QString emptyText() const override;
};

} // namespace Shahrvand::Ui
