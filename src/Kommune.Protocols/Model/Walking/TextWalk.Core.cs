namespace Kommune.Protocols.Model;

internal sealed partial class TextWalk
{
    private static bool Same(string? a, string? b) => ReferenceEquals(a, b);

    private string? Text(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        path.Push(name);
        var result = rewriter(path, text) ?? throw new InvalidOperationException($"The rewriter returned null for {path}.");
        path.Pop();
        return result;
    }

    private CaseNumber? CaseNumber(CaseNumber? number)
    {
        if (number is null)
        {
            return null;
        }

        var text = number.ToString();
        var result = Text("caseNumber", text)!;
        return Same(result, text) ? number : Model.CaseNumber.FromText(result);
    }

    private DocumentNumber? DocumentNumber(DocumentNumber? number)
    {
        if (number is null)
        {
            return null;
        }

        var text = number.ToString();
        var result = Text("documentNumber", text)!;
        return Same(result, text) ? number : Model.DocumentNumber.FromText(result);
    }

    private T Enter<T>(string name, T value, Func<TextWalk, T, T> walk)
    {
        path.Push(name);
        var result = walk(this, value);
        path.Pop();
        return result;
    }

    private ValueList<string> Strings(string name, ValueList<string> strings)
    {
        string[]? changed = null;
        for (var i = 0; i < strings.Count; i++)
        {
            path.Push(name, i);
            var text = rewriter(path, strings[i]) ?? throw new InvalidOperationException($"The rewriter returned null for {path}.");
            path.Pop();
            if (changed is null && !Same(text, strings[i]))
            {
                changed = strings.AsSpan().ToArray();
            }

            if (changed is not null)
            {
                changed[i] = text;
            }
        }

        return changed is null ? strings : ValueList.Wrap(changed);
    }

    private ValueList<T> List<T>(string name, ValueList<T> list, Func<TextWalk, T, T> walk)
        where T : class
    {
        T[]? changed = null;
        for (var i = 0; i < list.Count; i++)
        {
            path.Push(name, i);
            var item = walk(this, list[i]);
            path.Pop();
            if (changed is null && !ReferenceEquals(item, list[i]))
            {
                changed = list.AsSpan().ToArray();
            }

            if (changed is not null)
            {
                changed[i] = item;
            }
        }

        return changed is null ? list : ValueList.Wrap(changed);
    }
}
