namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>
/// Reads query text once, in linear time, before anything else does: the executable-document grammar (spec §2,
/// operations and fragments) checked as the parser would, and what the text asks for counted against
/// <see cref="QueryLimits"/> — length, tokens, fields, fragments, directives per location, nesting, and the fields
/// validation and execution would walk once fragment spreads are expanded (each fragment's size worked out once).
/// The parser (whose error messages cost time quadratic in the column) then only sees text it accepts, and the
/// validation rules and cost analysis only documents of bounded size.
/// </summary>
public sealed class QueryShape
{
    private readonly QueryScanner _scanner;
    private readonly QueryLimits _limits;
    private readonly Dictionary<string, Definition> _fragments = new(StringComparer.Ordinal);
    private readonly List<Definition> _operations = [];
    private Definition _current = new();
    private int _fields;
    private int _depth;

    private QueryShape(string text, QueryLimits limits)
    {
        _scanner = new QueryScanner(text);
        _limits = limits;
    }

    /// <summary>Null when the text is within every limit and well formed; otherwise what is wrong, and where.</summary>
    public static QueryShapeProblem? Check(string text, QueryLimits? limits = null)
    {
        limits ??= QueryLimits.Default;
        if (text.Length > limits.MaxLength)
            return QueryShapeProblem.TooLarge($"The query has {text.Length:N0} characters; the API reads at most {limits.MaxLength:N0}.", isLength: true);
        var shape = new QueryShape(text, limits);
        try
        {
            shape.ReadDocument();
            return shape.Expanded();
        }
        catch (QuerySyntaxException error)
        {
            return QueryShapeProblem.Syntax(error.Message, text, error.Position);
        }
        catch (QueryTooLargeException error)
        {
            return QueryShapeProblem.TooLarge(error.Message);
        }
    }

    private QueryShapeProblem? Expanded()
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        long Size(Definition definition)
        {
            var size = (long)definition.Fields;
            foreach (var name in definition.Spreads)
            {
                if (sizes.TryGetValue(name, out var known))
                {
                    size += known;
                }
                else if (_fragments.TryGetValue(name, out var fragment))
                {
                    // A fragment that spreads itself is a validation error; counted as empty here, validation names it.
                    if (!visiting.Add(name))
                        continue;
                    var fragmentSize = Size(fragment);
                    visiting.Remove(name);
                    sizes[name] = fragmentSize;
                    size += fragmentSize;
                }

                if (size > _limits.MaxExpandedFields)
                    return size;
            }

            return size;
        }

        foreach (var operation in _operations)
        {
            var size = Size(operation);
            if (size > _limits.MaxExpandedFields)
                return QueryShapeProblem.TooLarge($"With its fragments expanded, an operation selects more than {_limits.MaxExpandedFields:N0} fields, the most the API reads.");
        }

        return null;
    }

    private void ReadDocument()
    {
        Advance();
        do
            ReadDefinition();
        while (_scanner.Current.Kind != TokenKind.End);
    }

    private void ReadDefinition()
    {
        if (_scanner.Is('{'))
        {
            StartOperation();
            ReadSelectionSet();
        }
        else if (_scanner.IsName("query") || _scanner.IsName("mutation") || _scanner.IsName("subscription"))
        {
            StartOperation();
            Advance();
            if (_scanner.Current.Kind == TokenKind.Name)
                Advance();
            if (_scanner.Is('('))
                ReadVariableDefinitions();
            ReadDirectives();
            ReadSelectionSet();
        }
        else if (_scanner.IsName("fragment"))
        {
            Advance();
            var name = ReadFragmentName();
            if (_fragments.Count >= _limits.MaxFragments)
                throw new QueryTooLargeException($"The query defines more than {_limits.MaxFragments} fragments, the most the API reads.");
            _current = new Definition();
            _fragments.TryAdd(name, _current);
            ExpectName("on");
            ExpectName();
            ReadDirectives();
            ReadSelectionSet();
        }
        else
        {
            throw Unexpected("an operation or a fragment (this API reads executable documents only)");
        }
    }

    private void StartOperation()
    {
        _current = new Definition();
        _operations.Add(_current);
    }

    private void ReadVariableDefinitions()
    {
        Expect('(');
        do
        {
            Expect('$');
            ExpectName();
            Expect(':');
            ReadType();
            if (_scanner.Is('='))
            {
                Advance();
                ReadValue();
            }

            ReadDirectives();
        }
        while (!_scanner.Is(')'));
        Advance();
    }

    private void ReadType()
    {
        if (_scanner.Is('['))
        {
            Nest(() =>
            {
                Advance();
                ReadType();
                Expect(']');
            });
        }
        else
        {
            ExpectName();
        }

        if (_scanner.Is('!'))
            Advance();
    }

    private void ReadSelectionSet() => Nest(() =>
    {
        Expect('{');
        do
            ReadSelection();
        while (!_scanner.Is('}'));
        Advance();
    });

    private void ReadSelection()
    {
        if (_scanner.Current.Kind == TokenKind.Spread)
        {
            Advance();
            if (_scanner.Current.Kind == TokenKind.Name && !_scanner.IsName("on"))
            {
                _current.Spreads.Add(_scanner.TextOf(_scanner.Current));
                Advance();
                ReadDirectives();
                return;
            }

            if (_scanner.IsName("on"))
            {
                Advance();
                ExpectName();
            }

            ReadDirectives();
            ReadSelectionSet();
            return;
        }

        if (++_fields > _limits.MaxFields)
            throw new QueryTooLargeException($"The query selects more than {_limits.MaxFields:N0} fields, the most the API reads.");
        _current.Fields++;
        ExpectName();
        if (_scanner.Is(':'))
        {
            Advance();
            ExpectName();
        }

        if (_scanner.Is('('))
            ReadArguments();
        ReadDirectives();
        if (_scanner.Is('{'))
            ReadSelectionSet();
    }

    private void ReadArguments()
    {
        Expect('(');
        do
        {
            ExpectName();
            Expect(':');
            ReadValue();
        }
        while (!_scanner.Is(')'));
        Advance();
    }

    private void ReadDirectives()
    {
        var count = 0;
        while (_scanner.Is('@'))
        {
            if (++count > _limits.MaxDirectivesPerLocation)
                throw new QueryTooLargeException($"More than {_limits.MaxDirectivesPerLocation} directives at one location, the most the API reads.");
            Advance();
            ExpectName();
            if (_scanner.Is('('))
                ReadArguments();
        }
    }

    private void ReadValue()
    {
        var token = _scanner.Current;
        if (_scanner.Is('$'))
        {
            Advance();
            ExpectName();
        }
        else if (_scanner.Is('['))
        {
            Nest(() =>
            {
                Advance();
                while (!_scanner.Is(']'))
                    ReadValue();
                Advance();
            });
        }
        else if (_scanner.Is('{'))
        {
            Nest(() =>
            {
                Advance();
                while (!_scanner.Is('}'))
                {
                    ExpectName();
                    Expect(':');
                    ReadValue();
                }

                Advance();
            });
        }
        else if (token.Kind is TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.Name)
        {
            Advance();
        }
        else
        {
            throw Unexpected("a value");
        }
    }

    private string ReadFragmentName()
    {
        if (_scanner.IsName("on"))
            throw Unexpected("a fragment name (not \"on\")");
        var name = _scanner.TextOf(_scanner.Current);
        ExpectName();
        return name;
    }

    private void Nest(Action read)
    {
        if (++_depth > _limits.MaxDepth)
            throw new QueryTooLargeException($"The query nests more than {_limits.MaxDepth} levels deep, the most the API reads.");
        read();
        _depth--;
    }

    private void Expect(char punctuator)
    {
        if (!_scanner.Is(punctuator))
            throw Unexpected($"\"{punctuator}\"");
        Advance();
    }

    private void ExpectName(string? name = null)
    {
        if (_scanner.Current.Kind != TokenKind.Name || (name is not null && !_scanner.IsName(name)))
            throw Unexpected(name is null ? "Name" : $"\"{name}\"");
        Advance();
    }

    private void Advance()
    {
        _scanner.Next();
        if (_scanner.Count > _limits.MaxTokens)
            throw new QueryTooLargeException($"The query has more than {_limits.MaxTokens:N0} tokens, the most the API reads.");
    }

    private QuerySyntaxException Unexpected(string expected) =>
        new($"Expected {expected}, found {(_scanner.Current.Kind == TokenKind.End ? "the end of the query" : _scanner.TextOf(_scanner.Current))}", _scanner.Current.Start);

    /// <summary>An operation or fragment: the fields it selects itself and the fragments it spreads.</summary>
    private sealed class Definition
    {
        public int Fields { get; set; }

        public List<string> Spreads { get; } = [];
    }
}
