#include "SendBox.h"

#include "PanelSupport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_lineEnding(new QComboBox(this))
    , m_hex(new QPlainTextEdit(this))
    , m_file(new QLineEdit(this))
    , m_repeat(new QSpinBox(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_problem(new FieldProblem(this))
{
    m_mode->setObjectName(QStringLiteral("sendMode"));
    m_mode->addItem(tr("Text"), int(Mode::Text));
    m_mode->addItem(tr("Hex"), int(Mode::Hex));
    m_mode->addItem(tr("File"), int(Mode::File));

    // Text page: the text and what ends it.
    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("sendText"));
    m_text->setPlaceholderText(tr("Text to send"));
    m_text->setTabChangesFocus(true);
    m_lineEnding->setObjectName(QStringLiteral("sendLineEnding"));
    m_lineEnding->addItem(tr("No line ending"), QByteArray());
    m_lineEnding->addItem(tr("CR LF"), QByteArray("\r\n"));
    m_lineEnding->addItem(tr("LF"), QByteArray("\n"));
    m_lineEnding->addItem(tr("CR"), QByteArray("\r"));
    auto *endingRow = new QFormLayout;
    endingRow->addRow(tr("Line ending:"), m_lineEnding);
    textLayout->addWidget(m_text, 1);
    textLayout->addLayout(endingRow);
    m_pages->addWidget(textPage);

    m_hex->setObjectName(QStringLiteral("sendHex"));
    m_hex->setPlaceholderText(tr("Hex bytes, e.g. 48 65 6C 6C 6F 0D 0A"));
    m_hex->setTabChangesFocus(true);
    m_pages->addWidget(m_hex);

    auto *filePage = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file->setObjectName(QStringLiteral("sendFile"));
    m_file->setPlaceholderText(tr("File to send"));
    auto *browse = new QPushButton(tr("Browse…"), filePage);
    browse->setObjectName(QStringLiteral("sendBrowse"));
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    fileLayout->setAlignment(Qt::AlignTop);
    m_pages->addWidget(filePage);

    m_repeat->setObjectName(QStringLiteral("sendRepeat"));
    m_repeat->setRange(1, 100000);
    m_repeat->setSuffix(tr(" time(s)"));
    m_send->setObjectName(QStringLiteral("send"));
    m_problem->setObjectName(QStringLiteral("sendProblem"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Repeat:"), this));
    bottom->addWidget(m_repeat);
    bottom->addStretch(1);
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);
    layout->addLayout(bottom);

    connect(m_mode, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SendBox::revalidate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SendBox::revalidate);
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, &SendBox::revalidate);
    connect(m_hex, &QPlainTextEdit::textChanged, this, &SendBox::revalidate);
    connect(m_file, &QLineEdit::textChanged, this, &SendBox::revalidate);
    connect(browse, &QPushButton::clicked, this, &SendBox::browse);
    connect(m_send, &QPushButton::clicked, this, [this] {
        QString problem;
        const QByteArray b = bytes(&problem);
        m_problem->setProblem(problem);
        if (problem.isEmpty())
            emit sendRequested(b, repeat());
    });
    revalidate();
}

bool SendBox::parseHex(const QString &text, QByteArray *bytes, QString *problem)
{
    QString digits;
    // Separators people paste: spaces, commas, colons, "0x" prefixes.
    const QStringList tokens =
        text.split(QRegularExpression(QStringLiteral("[\\s,:;]+")), Qt::SkipEmptyParts);
    for (QString token : tokens) {
        if (token.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            token = token.mid(2);
        if (token.size() % 2 != 0) {
            // "A" alone is 0x0A when it stands between separators.
            if (tokens.size() > 1 && token.size() == 1)
                token.prepend(u'0');
        }
        digits += token;
    }
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f')) {
            *problem = tr("\"%1\" is not a hex digit.").arg(c);
            return false;
        }
    }
    if (digits.size() % 2 != 0) {
        *problem = tr("Hex bytes are two digits each; one digit is missing.");
        return false;
    }
    *bytes = QByteArray::fromHex(digits.toLatin1());
    return true;
}

QByteArray SendBox::bytes(QString *problem) const
{
    QString why;
    QByteArray out;
    switch (Mode(m_mode->currentData().toInt())) {
    case Mode::Text:
        out = m_text->toPlainText().toUtf8() + m_lineEnding->currentData().toByteArray();
        break;
    case Mode::Hex:
        parseHex(m_hex->toPlainText(), &out, &why);
        break;
    case Mode::File: {
        const QString path = m_file->text().trimmed();
        const QFileInfo info(path);
        if (path.isEmpty())
            why = tr("Choose a file to send.");
        else if (!info.isFile())
            why = tr("There is no file %1.").arg(path);
        else if (info.size() > MaxFileBytes)
            why = tr("The file is %1 bytes; at most %2 are sent at once.")
                      .arg(info.size())
                      .arg(MaxFileBytes);
        else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                why = tr("Cannot read %1: %2").arg(path, file.errorString());
            else
                out = file.readAll();
        }
        break;
    }
    }
    if (why.isEmpty() && out.isEmpty())
        why = tr("There is nothing to send.");
    if (!why.isEmpty())
        out.clear();
    if (problem)
        *problem = why;
    return out;
}

int SendBox::repeat() const
{
    return m_repeat->value();
}

void SendBox::setTargetAvailable(bool available, const QString &why)
{
    m_targetAvailable = available;
    m_targetWhy = why;
    revalidate();
}

void SendBox::revalidate()
{
    QString problem;
    bytes(&problem);
    const bool empty = problem == tr("There is nothing to send.");
    // An empty box is not a mistake worth a red line; the disabled button says enough.
    m_problem->setProblem(empty ? QString() : problem);
    m_send->setEnabled(m_targetAvailable && problem.isEmpty());
    m_send->setToolTip(!m_targetAvailable ? m_targetWhy : problem);
}

void SendBox::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("File to send"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}
