#pragma once

#include "sectionpage.h"

namespace Shahrvand::Ui {

// Citizens: for now the cached citizens as a list of names, with the national ID as the
// user's roles allow it to be seen. The citizen workspace replaces it.
class CitizensPage final : public RowListPage
{
    Q_OBJECT

public:
    explicit CitizensPage(Cache::LocalCache &cache, QWidget *parent = nullptr);

protected:
    QString emptyText() const override;
};

} // namespace Shahrvand::Ui
