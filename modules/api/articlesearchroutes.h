#pragma once

#include "apiserver.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// The knowledge base's search over all articles the caller may see (ArticleSearch):
//   GET /api/v1/articles/search?q=&type=&subject_id=&language=&status=&limit=&offset=
void registerArticleSearchRoutes(Server::ApiServer &server,
                                 std::shared_ptr<Storage::Database> database);

} // namespace Shahrvand::Api
