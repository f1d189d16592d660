namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>
/// The GraphQL lexer's rules (spec §2.1), as a single forward pass over the text: punctuators, names, numbers and
/// strings, skipping whitespace, commas and comments. Each token costs time in proportion to its length.
/// </summary>
internal sealed class QueryScanner(string text)
{
    private int _position;

    public QueryToken Current { get; private set; }

    public int Count { get; private set; }

    /// <summary>Moves to the next token; a character no token starts with, or an unclosed string, is a syntax error.</summary>
    public void Next()
    {
        SkipIgnored();
        Count++;
        var start = _position;
        if (_position >= text.Length)
        {
            Current = new QueryToken(TokenKind.End, start, 0);
            return;
        }

        var c = text[_position];
        if (c == '.' && Peek(1) == '.' && Peek(2) == '.')
        {
            _position += 3;
            Current = new QueryToken(TokenKind.Spread, start, 3);
        }
        else if ("!$&()=:@[]{}|".Contains(c, StringComparison.Ordinal))
        {
            _position++;
            Current = new QueryToken(TokenKind.Punctuator, start, 1);
        }
        else if (IsNameStart(c))
        {
            while (_position < text.Length && IsNameContinue(text[_position]))
                _position++;
            Current = new QueryToken(TokenKind.Name, start, _position - start);
        }
        else if (c == '-' || char.IsAsciiDigit(c))
        {
            Current = new QueryToken(ReadNumber(), start, _position - start);
        }
        else if (c == '"')
        {
            ReadString();
            Current = new QueryToken(TokenKind.String, start, _position - start);
        }
        else
        {
            throw new QuerySyntaxException($"Unexpected character {Describe(c)}", start);
        }
    }

    public string TextOf(QueryToken token) => text.Substring(token.Start, token.Length);

    public bool Is(char punctuator) => Current.Kind == TokenKind.Punctuator && text[Current.Start] == punctuator;

    public bool IsName(string name) => Current.Kind == TokenKind.Name && text.AsSpan(Current.Start, Current.Length).SequenceEqual(name);

    private void SkipIgnored()
    {
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c is ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF')
            {
                _position++;
            }
            else if (c == '#')
            {
                while (_position < text.Length && text[_position] is not ('\n' or '\r'))
                    _position++;
            }
            else
            {
                return;
            }
        }
    }

    private TokenKind ReadNumber()
    {
        var start = _position;
        if (Peek(0) == '-')
            _position++;
        if (Peek(0) == '0')
            _position++;
        else if (!ReadDigits())
            throw new QuerySyntaxException("Invalid number, expected digit", _position);
        var kind = TokenKind.Int;
        if (Peek(0) == '.')
        {
            _position++;
            kind = TokenKind.Float;
            if (!ReadDigits())
                throw new QuerySyntaxException("Invalid number, expected digit after the decimal point", _position);
        }

        if (Peek(0) is 'e' or 'E')
        {
            _position++;
            kind = TokenKind.Float;
            if (Peek(0) is '+' or '-')
                _position++;
            if (!ReadDigits())
                throw new QuerySyntaxException("Invalid number, expected digit in the exponent", _position);
        }

        // As the parser reads it: a name right after a number starts the next token (1x is 1, then x).
        if (Peek(0) is '.' || char.IsAsciiDigit(Peek(0)))
            throw new QuerySyntaxException($"Invalid number {text[start.._position]}", _position);
        return kind;
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (char.IsAsciiDigit(Peek(0)))
            _position++;
        return _position > start;
    }

    private void ReadString()
    {
        if (Peek(1) == '"' && Peek(2) == '"')
        {
            // Block string: everything up to the closing """ (an escaped \""" does not close it).
            _position += 3;
            while (_position < text.Length)
            {
                if (text[_position] == '\\' && Peek(1) == '"' && Peek(2) == '"' && Peek(3) == '"')
                    _position += 4;
                else if (text[_position] == '"' && Peek(1) == '"' && Peek(2) == '"')
                {
                    _position += 3;
                    return;
                }
                else
                    _position++;
            }

            throw new QuerySyntaxException("Unterminated string", _position);
        }

        _position++;
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c == '"')
            {
                _position++;
                return;
            }

            if (c is '\n' or '\r')
                break;
            _position += c == '\\' ? 2 : 1;
        }

        // Located where the parser locates it: where the string should have closed.
        throw new QuerySyntaxException("Unterminated string", Math.Min(_position, text.Length));
    }

    private char Peek(int offset) => _position + offset < text.Length ? text[_position + offset] : '\0';

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string Describe(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : $"\"{c}\"";
}
