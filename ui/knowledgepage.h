#pragma once

#include "sectionpage.h"

namespace Shahrvand::Ui {

// Knowledge: for now the cached articles (type, status, last change, title). The
// knowledge workspace replaces it.
class KnowledgePage final : public RowListPage
{
    Q_OBJECT

public:
    explicit KnowledgePage(Cache::LocalCache &cache, QWidget *parent = nullptr);

protected:
    QString emptyText() const override;
};

} // namespace Shahrvand::Ui
