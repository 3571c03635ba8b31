// The body's formatting tools: emphasis, headings, lists and paragraph direction.
#include "articleeditor.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>

namespace Shahrvand::Ui {

void ArticleEditor::formatSelection(const std::function<void(QTextCharFormat &)> &change)
{
    QTextCursor cursor = m_body->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    QTextCharFormat format;
    change(format);
    cursor.mergeCharFormat(format);
    m_body->mergeCurrentCharFormat(format);
}

void ArticleEditor::makeList(int style)
{
    QTextCursor cursor = m_body->textCursor();
    if (QTextList *list = cursor.currentList();
        list && list->format().style() == QTextListFormat::Style(style)) {
        // The same button again takes the paragraph out of the list.
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
        return;
    }
    cursor.createList(QTextListFormat::Style(style));
}

void ArticleEditor::makeHeading()
{
    QTextCursor cursor = m_body->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool heading = block.headingLevel() == 0;
    block.setHeadingLevel(heading ? 3 : 0);
    cursor.setBlockFormat(block);
    QTextCharFormat format;
    format.setFontWeight(heading ? QFont::Bold : QFont::Normal);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(format);
}

void ArticleEditor::setDirection(Qt::LayoutDirection direction)
{
    QTextCursor cursor = m_body->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    block.setLayoutDirection(direction);
    cursor.setBlockFormat(block);
}

} // namespace Shahrvand::Ui
