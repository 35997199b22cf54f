<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerReviewPage</name>
    <message>
        <location filename="../../ui/answer_review.py" line="202"/>
        <source>Double-check any item: its key, every reason and the links</source>
        <translation>Double-check any item: its key, every reason and the links</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="224"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="225"/>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="226"/>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="227"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="228"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="229"/>
        <source>Task statement</source>
        <translation>Task statement</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="230"/>
        <source>Items of the attempt</source>
        <translation>Items of the attempt</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="231"/>
        <source>Report this question…</source>
        <translation>Report this question…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="232"/>
        <source>Report this question</source>
        <translation>Report this question</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="233"/>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="234"/>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="235"/>
        <source>Export to Anki or Moodle…</source>
        <translation>Export to Anki or Moodle…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="236"/>
        <source>Export these items to Anki, Moodle XML or GIFT</source>
        <translation>Export these items to Anki, Moodle XML or GIFT</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="237"/>
        <location filename="../../ui/answer_review.py" line="238"/>
        <source>Retake the ones I missed</source>
        <translation>Retake the ones I missed</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="239"/>
        <location filename="../../ui/answer_review.py" line="240"/>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>Incorrect</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="248"/>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="250"/>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="251"/>
        <source>All task statements</source>
        <translation>All task statements</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="274"/>
        <source>Full exam</source>
        <translation>Full exam</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="274"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="278"/>
        <source>Answer review · attempt %1 (%2): %3 of %4 scored items right</source>
        <translation>Answer review · attempt %1 (%2): %3 of %4 scored items right</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/answer_review.py" line="285"/>
        <source>%n unscored item(s), marked [unscored]</source>
        <translation>
            <numerusform>%n unscored item, marked [unscored]</numerusform>
            <numerusform>%n unscored items, marked [unscored]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="300"/>
        <source>%1 of %2 items</source>
        <translation>%1 of %2 items</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="315"/>
        <source>Item %1 · Task %2 · %3</source>
        <translation>Item %1 · Task %2 · %3</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Simulacro is already open with this database (%1). Use that window, or close it first.</source>
        <translation>Simulacro is already open with this database (%1). Use that window, or close it first.</translation>
    </message>
</context>
<context>
    <name>AttemptsModel</name>
    <message>
        <location filename="../../ui/models.py" line="214"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="215"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="216"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="218"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="234"/>
        <source>Full exam</source>
        <translation>Full exam</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="236"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="238"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="241"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="243"/>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="250"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="252"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
</context>
<context>
    <name>BankProblem</name>
    <message>
        <location filename="../../ui/problem_text.py" line="20"/>
        <source>not a regular file or folder</source>
        <translation>not a regular file or folder</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="21"/>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="22"/>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="23"/>
        <source>cannot read file: {reason}</source>
        <translation>cannot read file: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="24"/>
        <source>cannot read: {reason}</source>
        <translation>cannot read: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="25"/>
        <source>only one YAML document per file (found a second &apos;---&apos;)</source>
        <translation>only one YAML document per file (found a second &apos;---&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="26"/>
        <source>anchors and aliases (&amp;name, *name) are not allowed in bank files</source>
        <translation>anchors and aliases (&amp;name, *name) are not allowed in bank files</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="27"/>
        <source>merge keys (&lt;&lt;) are not allowed in bank files</source>
        <translation>merge keys (&lt;&lt;) are not allowed in bank files</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="28"/>
        <source>tags such as {tag} are not allowed in bank files</source>
        <translation>tags such as {tag} are not allowed in bank files</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="29"/>
        <source>unsupported YAML node</source>
        <translation>unsupported YAML node</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="30"/>
        <source>nesting deeper than {depth} levels</source>
        <translation>nesting deeper than {depth} levels</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="31"/>
        <source>more than {count} values in one file</source>
        <translation>more than {count} values in one file</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="32"/>
        <source>mapping keys must be plain text</source>
        <translation>mapping keys must be plain text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="33"/>
        <source>key &apos;{key}&apos; appears twice</source>
        <translation>key &apos;{key}&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="34"/>
        <source>text longer than {count} characters</source>
        <translation>text longer than {count} characters</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="35"/>
        <source>control character U+{point} is not allowed in bank files</source>
        <translation>control character U+{point} is not allowed in bank files</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="36"/>
        <source>bad value &apos;{value}&apos;: not {expected}</source>
        <translation>bad value &apos;{value}&apos;: not {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="37"/>
        <source>not valid YAML: a tab where YAML needs spaces (indent with spaces, never tabs)</source>
        <translation>not valid YAML: a tab where YAML needs spaces (indent with spaces, never tabs)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="40"/>
        <source>not valid YAML: {detail}</source>
        <translation>not valid YAML: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="41"/>
        <source>nesting too deep</source>
        <translation>nesting too deep</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="42"/>
        <source>file larger than {size} MB</source>
        <translation>file larger than {size} MB</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="43"/>
        <source>not UTF-8 text (looks like {encoding}); save the file as UTF-8</source>
        <translation>not UTF-8 text (looks like {encoding}); save the file as UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="44"/>
        <source>binary data (NUL byte) in a text file</source>
        <translation>binary data (NUL byte) in a text file</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="45"/>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="46"/>
        <source>a bank file is a mapping with exam, language and items</source>
        <translation>a bank file is a mapping with exam, language and items</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="47"/>
        <source>missing or invalid field &apos;exam&apos;</source>
        <translation>missing or invalid field &apos;exam&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="48"/>
        <source>field &apos;language&apos; must be es or en</source>
        <translation>field &apos;language&apos; must be es or en</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="49"/>
        <source>unknown top-level field {field}</source>
        <translation>unknown top-level field {field}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="50"/>
        <source>no blueprint.yaml found for exam &apos;{exam}&apos;</source>
        <translation>no blueprint.yaml found for exam &apos;{exam}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="51"/>
        <source>&apos;{field}&apos; must be a list</source>
        <translation>&apos;{field}&apos; must be a list</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="52"/>
        <source>duplicate id (first used at {first})</source>
        <translation>duplicate id (first used at {first})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="53"/>
        <source>unknown item field {field} (ignored; a typo?)</source>
        <translation>unknown item field {field} (ignored; a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="54"/>
        <source>unknown case study field {field} (ignored; a typo?)</source>
        <translation>unknown case study field {field} (ignored; a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="55"/>
        <source>unknown option {number} field {field} (ignored; a typo?)</source>
        <translation>unknown option {number} field {field} (ignored; a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="58"/>
        <source>unknown prompt {number} field {field} (ignored; a typo?)</source>
        <translation>unknown prompt {number} field {field} (ignored; a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="61"/>
        <source>unknown response {number} field {field} (ignored; a typo?)</source>
        <translation>unknown response {number} field {field} (ignored; a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="64"/>
        <source>unknown step {number} field {field} (ignored; a typo?)</source>
        <translation>unknown step {number} field {field} (ignored; a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="65"/>
        <source>verified must be a date such as 2026-11-27</source>
        <translation>verified must be a date such as 2026-11-27</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="66"/>
        <source>kind must be application or recall</source>
        <translation>kind must be application or recall</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="67"/>
        <source>covers must be a list of concept or svc: ids</source>
        <translation>covers must be a list of concept or svc: ids</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="68"/>
        <source>covers names a concept twice</source>
        <translation>covers names a concept twice</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="69"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation>missing field &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="70"/>
        <source>&apos;{field}&apos; must be non-empty text</source>
        <translation>&apos;{field}&apos; must be non-empty text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="71"/>
        <source>an item must be a mapping of fields</source>
        <translation>an item must be a mapping of fields</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="72"/>
        <source>difficulty must be 1, 2 or 3</source>
        <translation>difficulty must be 1, 2 or 3</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="73"/>
        <source>tags must be a list of text</source>
        <translation>tags must be a list of text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="74"/>
        <source>id must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (max 80), not {value}</source>
        <translation>id must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (max 80), not {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="77"/>
        <source>task must be quoted text such as &quot;4.1&quot;</source>
        <translation>task must be quoted text such as &quot;4.1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="78"/>
        <source>unknown task statement {value}</source>
        <translation>unknown task statement {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="79"/>
        <source>unknown type {value} (use {types})</source>
        <translation>unknown type {value} (use {types})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="80"/>
        <source>references must be a non-empty list of URLs</source>
        <translation>references must be a non-empty list of URLs</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="81"/>
        <source>reference {number} is not an https link: {reason}</source>
        <translation>reference {number} is not an https link: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="82"/>
        <source>field &apos;{field}&apos; does not belong to a {kind} item</source>
        <translation>field &apos;{field}&apos; does not belong to a {kind} item</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="83"/>
        <source>option {number} must be a mapping with text, why and correct</source>
        <translation>option {number} must be a mapping with text, why and correct</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="84"/>
        <source>option {number}: correct must be true or false</source>
        <translation>option {number}: correct must be true or false</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="85"/>
        <source>two options have the same text</source>
        <translation>two options have the same text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="86"/>
        <source>a single item has exactly 4 options, found {found}</source>
        <translation>a single item has exactly 4 options, found {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="87"/>
        <source>a single item has exactly 1 correct option, found {found}</source>
        <translation>a single item has exactly 1 correct option, found {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="88"/>
        <source>a multiple item has at least 5 options, found {found}</source>
        <translation>a multiple item has at least 5 options, found {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="89"/>
        <source>a multiple item has at most {most} options, found {found}</source>
        <translation>a multiple item has at most {most} options, found {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="90"/>
        <source>a multiple item has at least 2 correct options, found {found}</source>
        <translation>a multiple item has at least 2 correct options, found {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="93"/>
        <source>a multiple item needs at least one incorrect option</source>
        <translation>a multiple item needs at least one incorrect option</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="94"/>
        <source>response {number} must be {{key, text}}</source>
        <translation>response {number} must be {{key, text}}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="95"/>
        <source>response {number} needs a text key</source>
        <translation>response {number} needs a text key</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="96"/>
        <source>two responses share a key</source>
        <translation>two responses share a key</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="97"/>
        <source>a matching item needs at least 2 responses</source>
        <translation>a matching item needs at least 2 responses</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="98"/>
        <source>a matching item has 3 to 7 prompts, found {found}</source>
        <translation>a matching item has 3 to 7 prompts, found {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="99"/>
        <source>prompt {number} must be {{text, answer}}</source>
        <translation>prompt {number} must be {{text, answer}}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="100"/>
        <source>prompt {number} needs an answer key</source>
        <translation>prompt {number} needs an answer key</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="101"/>
        <source>prompt {number}: undefined response key {value}</source>
        <translation>prompt {number}: undefined response key {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="102"/>
        <source>two prompts have the same text</source>
        <translation>two prompts have the same text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="103"/>
        <source>an ordering item has 3 to 5 steps, found {found}</source>
        <translation>an ordering item has 3 to 5 steps, found {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="104"/>
        <source>step {number} must be text or {{text, why}}</source>
        <translation>step {number} must be text or {{text, why}}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="105"/>
        <source>two steps have the same text</source>
        <translation>two steps have the same text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="106"/>
        <source>a case study must be a mapping with id, scenario and items</source>
        <translation>a case study must be a mapping with id, scenario and items</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="107"/>
        <source>case study needs a valid id</source>
        <translation>case study needs a valid id</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="108"/>
        <source>a case study needs a list of at least 2 items</source>
        <translation>a case study needs a list of at least 2 items</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="109"/>
        <source>covers an unknown concept {value}</source>
        <translation>covers an unknown concept {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="110"/>
        <source>covers an unknown service {value}</source>
        <translation>covers an unknown service {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="111"/>
        <source>a blueprint must be a mapping of fields</source>
        <translation>a blueprint must be a mapping of fields</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="112"/>
        <source>cannot be read ({error})</source>
        <translation>cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="113"/>
        <source>field &apos;{field}&apos; has the wrong type ({expected} expected)</source>
        <translation>field &apos;{field}&apos; has the wrong type ({expected} expected)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="114"/>
        <source>&apos;{field}&apos; must be between {low} and {high}, not {value}</source>
        <translation>&apos;{field}&apos; must be between {low} and {high}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="115"/>
        <source>unknown field {field} in the blueprint</source>
        <translation>unknown field {field} in the blueprint</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="116"/>
        <source>unknown field {field} in &apos;scale&apos;</source>
        <translation>unknown field {field} in &apos;scale&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="117"/>
        <source>unknown field {field} in &apos;{key}&apos; (use es and en)</source>
        <translation>unknown field {field} in &apos;{key}&apos; (use es and en)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="118"/>
        <source>unknown field {field} in domain {number}</source>
        <translation>unknown field {field} in domain {number}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="119"/>
        <source>unknown field {field} in task {number}</source>
        <translation>unknown field {field} in task {number}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="120"/>
        <source>unknown field {field} in resource {number}</source>
        <translation>unknown field {field} in resource {number}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="121"/>
        <source>&apos;{field}&apos; must not be empty</source>
        <translation>&apos;{field}&apos; must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="122"/>
        <source>&apos;{field}&apos; is longer than {count} characters</source>
        <translation>&apos;{field}&apos; is longer than {count} characters</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="123"/>
        <source>exam code {value} must be lowercase letters, digits, . _ -</source>
        <translation>exam code {value} must be lowercase letters, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="124"/>
        <source>items_unscored must be fewer than items_total</source>
        <translation>items_unscored must be fewer than items_total</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="125"/>
        <source>scale.min ({low}) must be below scale.max ({high})</source>
        <translation>scale.min ({low}) must be below scale.max ({high})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="126"/>
        <source>scale.pass ({mark}) must lie between scale.min and scale.max</source>
        <translation>scale.pass ({mark}) must lie between scale.min and scale.max</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="127"/>
        <source>each scaled_estimate entry is [share 0..1, score]</source>
        <translation>each scaled_estimate entry is [share 0..1, score]</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="128"/>
        <source>scaled_estimate must run from 0.0 to 1.0 with rising shares (at least 2 points)</source>
        <translation>scaled_estimate must run from 0.0 to 1.0 with rising shares (at least 2 points)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="131"/>
        <source>scaled_estimate scores must not fall as the share right rises</source>
        <translation>scaled_estimate scores must not fall as the share right rises</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="132"/>
        <source>scaled_estimate scores must lie within the scale ({low}..{high})</source>
        <translation>scaled_estimate scores must lie within the scale ({low}..{high})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="135"/>
        <source>scaled_estimate never reaches scale.pass ({mark}): even every item right would fail</source>
        <translation>scaled_estimate never reaches scale.pass ({mark}): even every item right would fail</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="138"/>
        <source>&apos;{field}&apos; must name at least one item type</source>
        <translation>&apos;{field}&apos; must name at least one item type</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="139"/>
        <source>unknown item type {value} in &apos;{field}&apos; (use {known})</source>
        <translation>unknown item type {value} in &apos;{field}&apos; (use {known})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="140"/>
        <source>&apos;{field}&apos; names a type twice</source>
        <translation>&apos;{field}&apos; names a type twice</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="141"/>
        <source>a blueprint needs at least one domain</source>
        <translation>a blueprint needs at least one domain</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="142"/>
        <source>a domain must be a mapping with id, weight and title</source>
        <translation>a domain must be a mapping with id, weight and title</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="143"/>
        <source>domain {domain} appears twice</source>
        <translation>domain {domain} appears twice</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="144"/>
        <source>a task must be a mapping with id, title, covers and resources</source>
        <translation>a task must be a mapping with id, title, covers and resources</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="145"/>
        <source>task id {value} does not name a domain (use &quot;N.M&quot;)</source>
        <translation>task id {value} does not name a domain (use &quot;N.M&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="146"/>
        <source>task {value} appears twice</source>
        <translation>task {value} appears twice</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="147"/>
        <source>domain {domain} has no task statements</source>
        <translation>domain {domain} has no task statements</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="148"/>
        <source>resources are a list of {{title, url}} entries</source>
        <translation>resources are a list of {{title, url}} entries</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="149"/>
        <source>resource {number} is not an https link: {reason}</source>
        <translation>resource {number} is not an https link: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="150"/>
        <source>a catalogue file holds a list &apos;{key}&apos;</source>
        <translation>a catalogue file holds a list &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="151"/>
        <source>a service is a mapping with an id</source>
        <translation>a service is a mapping with an id</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="152"/>
        <source>a concept is a mapping with an id</source>
        <translation>a concept is a mapping with an id</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="153"/>
        <source>service id must read &apos;{shape}&apos;</source>
        <translation>service id must read &apos;{shape}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="154"/>
        <source>concept id must read &apos;{shape}&apos;</source>
        <translation>concept id must read &apos;{shape}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="155"/>
        <source>duplicate service id</source>
        <translation>duplicate service id</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="156"/>
        <source>duplicate concept id</source>
        <translation>duplicate concept id</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="157"/>
        <source>status must be one of {statuses}</source>
        <translation>status must be one of {statuses}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="158"/>
        <source>a service with a status needs &apos;checked: YYYY-MM-DD&apos;</source>
        <translation>a service with a status needs &apos;checked: YYYY-MM-DD&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="159"/>
        <source>a service with a status needs an https &apos;source&apos;</source>
        <translation>a service with a status needs an https &apos;source&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="160"/>
        <source>source must be one of {sources}</source>
        <translation>source must be one of {sources}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="161"/>
        <source>a mapping file maps each category to a task statement, e.g. &apos;Seguridad: &quot;5.1&quot;&apos;</source>
        <translation>a mapping file maps each category to a task statement, e.g. &apos;Seguridad: &quot;5.1&quot;&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="164"/>
        <source>category &apos;{category}&apos; must map to a task statement such as &quot;4.1&quot;</source>
        <translation>category &apos;{category}&apos; must map to a task statement such as &quot;4.1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="167"/>
        <source>category &apos;{category}&apos; maps to an unknown task statement &apos;{task}&apos;</source>
        <translation>category &apos;{category}&apos; maps to an unknown task statement &apos;{task}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="170"/>
        <source>category &apos;{category}&apos;: no task statement for this question (give --task, or a --map file)</source>
        <translation>category &apos;{category}&apos;: no task statement for this question (give --task, or a --map file)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="173"/>
        <source>no category: no task statement for this question (give --task, or a --map file)</source>
        <translation>no category: no task statement for this question (give --task, or a --map file)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="176"/>
        <source>task &apos;{task}&apos; is not a task statement of {exam}: no task statement for this question (give --task, or a --map file)</source>
        <translation>task &apos;{task}&apos; is not a task statement of {exam}: no task statement for this question (give --task, or a --map file)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="181"/>
        <source>the question text is empty</source>
        <translation>the question text is empty</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="182"/>
        <source>an answer is empty</source>
        <translation>an answer is empty</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="183"/>
        <source>a one-answer question needs exactly 4 options, 1 right; this one has {count} with {right} right</source>
        <translation>a one-answer question needs exactly 4 options, 1 right; this one has {count} with {right} right</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="186"/>
        <source>a several-answer question needs 5 or more options, 2 or more right and 1 or more wrong; this one has {count} with {right} right</source>
        <translation>a several-answer question needs 5 or more options, 2 or more right and 1 or more wrong; this one has {count} with {right} right</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="191"/>
        <source>two answers have the same text</source>
        <translation>two answers have the same text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="192"/>
        <source>a matching pair is empty</source>
        <translation>a matching pair is empty</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="193"/>
        <source>two matching prompts have the same text</source>
        <translation>two matching prompts have the same text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="194"/>
        <source>cannot tell the format: not Moodle XML, GIFT, Aiken or the CSV layout of FORMAT.md</source>
        <translation>cannot tell the format: not Moodle XML, GIFT, Aiken or the CSV layout of FORMAT.md</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="197"/>
        <source>no blueprint for exam &apos;{exam}&apos;</source>
        <translation>no blueprint for exam &apos;{exam}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="198"/>
        <source>--task {task} is not a task statement of {exam}</source>
        <translation>--task {task} is not a task statement of {exam}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="199"/>
        <source>--reference {url} is not a safe https link: {reason}</source>
        <translation>--reference {url} is not a safe https link: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="200"/>
        <source>reference {url} is not a safe https link: {reason}</source>
        <translation>reference {url} is not a safe https link: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="201"/>
        <source>missing field &apos;references&apos;: give --reference URL (a page that supports the key)</source>
        <translation>missing field &apos;references&apos;: give --reference URL (a page that supports the key)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="204"/>
        <source>no questions found</source>
        <translation>no questions found</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="205"/>
        <source>nothing written: the conversion has problems (see above)</source>
        <translation>nothing written: the conversion has problems (see above)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="206"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} is not a folder</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="207"/>
        <source>{folder} is a link; name a real folder</source>
        <translation>{folder} is a link; name a real folder</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="208"/>
        <source>{folder} holds other files ({name}…); name a new or empty folder</source>
        <translation>{folder} holds other files ({name}…); name a new or empty folder</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="211"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>cannot create {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="212"/>
        <source>holds {what}, which Simulacro cannot show</source>
        <translation>holds {what}, which Simulacro cannot show</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="213"/>
        <source>question type &apos;{lacking}&apos; has no Simulacro counterpart</source>
        <translation>question type &apos;{lacking}&apos; has no Simulacro counterpart</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="214"/>
        <source>line {number}: text after the options where ANSWER: was expected</source>
        <translation>line {number}: text after the options where ANSWER: was expected</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="217"/>
        <source>the last question has no &apos;ANSWER:&apos; line</source>
        <translation>the last question has no &apos;ANSWER:&apos; line</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="218"/>
        <source>an ANSWER: line without a question and lettered options before it</source>
        <translation>an ANSWER: line without a question and lettered options before it</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="221"/>
        <source>ANSWER: {key} names no option of this question</source>
        <translation>ANSWER: {key} names no option of this question</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="222"/>
        <source>the first row must name the columns, with at least &apos;question&apos; and &apos;answer&apos;</source>
        <translation>the first row must name the columns, with at least &apos;question&apos; and &apos;answer&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="225"/>
        <source>unknown column(s) {columns} (see FORMAT.md, &apos;Questions from a spreadsheet&apos;)</source>
        <translation>unknown column(s) {columns} (see FORMAT.md, &apos;Questions from a spreadsheet&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="228"/>
        <source>not valid CSV: {detail}</source>
        <translation>not valid CSV: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="229"/>
        <source>the row has more cells than the header has columns</source>
        <translation>the row has more cells than the header has columns</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="230"/>
        <source>&apos;answer&apos; must name option letters of this row ({letters})</source>
        <translation>&apos;answer&apos; must name option letters of this row ({letters})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="231"/>
        <source>type &apos;{kind}&apos; is not single, multiple or ordering in a CSV</source>
        <translation>type &apos;{kind}&apos; is not single, multiple or ordering in a CSV</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="232"/>
        <source>an ordering row&apos;s &apos;answer&apos; lists every step letter in the right order</source>
        <translation>an ordering row&apos;s &apos;answer&apos; lists every step letter in the right order</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="235"/>
        <source>a title opened with :: is never closed</source>
        <translation>a title opened with :: is never closed</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="236"/>
        <source>no answer block {{ ... }}: a description, not a question</source>
        <translation>no answer block {{ ... }}: a description, not a question</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="237"/>
        <source>the answer block {{ is never closed with }}</source>
        <translation>the answer block {{ is never closed with }}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="238"/>
        <source>a &apos;missing word&apos; question (text after the answers) has no counterpart</source>
        <translation>a &apos;missing word&apos; question (text after the answers) has no counterpart</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="241"/>
        <source>a matching pair lacks its &apos;-&gt;&apos;</source>
        <translation>a matching pair lacks its &apos;-&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="242"/>
        <source>elements nested too deep to be a Moodle quiz</source>
        <translation>elements nested too deep to be a Moodle quiz</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="243"/>
        <source>not well-formed XML: {detail}</source>
        <translation>not well-formed XML: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="244"/>
        <source>a Moodle XML file starts with &lt;quiz&gt;, not &lt;{tag}&gt;</source>
        <translation>a Moodle XML file starts with &lt;quiz&gt;, not &lt;{tag}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="245"/>
        <source>an answer&apos;s fraction is not a number</source>
        <translation>an answer&apos;s fraction is not a number</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="246"/>
        <source>an answer gives partial credit; Simulacro scores all or nothing</source>
        <translation>an answer gives partial credit; Simulacro scores all or nothing</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="249"/>
        <source>refused: the file declares {declared} (DTDs and entities are never read or expanded)</source>
        <translation>refused: the file declares {declared} (DTDs and entities are never read or expanded)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="261"/>
        <source>more than %n error(s); stopped checking this file</source>
        <translation>
            <numerusform>more than %n error; stopped checking this file</numerusform>
            <numerusform>more than %n errors; stopped checking this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="262"/>
        <source>%n question(s): split the file (at most {most} per pack)</source>
        <translation>
            <numerusform>%n question: split the file (at most {most} per pack)</numerusform>
            <numerusform>%n questions: split the file (at most {most} per pack)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="264"/>
        <source>the source gives no feedback for %n answer(s) or explanation(s); the items say so</source>
        <translation>
            <numerusform>the source gives no feedback for %n answer or explanation; the items say so</numerusform>
            <numerusform>the source gives no feedback for %n answers or explanations; the items say so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="266"/>
        <source>an ordering question needs 3 to 5 steps; this one has %n step(s)</source>
        <translation>
            <numerusform>an ordering question needs 3 to 5 steps; this one has %n step</numerusform>
            <numerusform>an ordering question needs 3 to 5 steps; this one has %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="268"/>
        <source>a matching question needs 3 to 7 pairs and 2 or more answers; this one has %n pair(s)</source>
        <translation>
            <numerusform>a matching question needs 3 to 7 pairs and 2 or more answers; this one has %n pair</numerusform>
            <numerusform>a matching question needs 3 to 7 pairs and 2 or more answers; this one has %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="275"/>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="276"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="277"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="278"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="279"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="280"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="281"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="282"/>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="283"/>
        <source>a date value</source>
        <translation>a date value</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="284"/>
        <source>a datetime value</source>
        <translation>a datetime value</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="285"/>
        <source>an image</source>
        <translation>an image</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="286"/>
        <source>a formula</source>
        <translation>a formula</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="287"/>
        <source>embedded media</source>
        <translation>embedded media</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="288"/>
        <source>a DTD</source>
        <translation>a DTD</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="289"/>
        <source>an entity</source>
        <translation>an entity</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="290"/>
        <source>an external</source>
        <translation>an external</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="291"/>
        <source>a DTD or entity</source>
        <translation>a DTD or entity</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="292"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="293"/>
        <source>short answer</source>
        <translation>short answer</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="294"/>
        <source>numerical</source>
        <translation>numerical</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="295"/>
        <source>essay</source>
        <translation>essay</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="296"/>
        <source>embedded answers (Cloze)</source>
        <translation>embedded answers (Cloze)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="297"/>
        <source>calculated</source>
        <translation>calculated</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="298"/>
        <source>calculated multichoice</source>
        <translation>calculated multichoice</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="299"/>
        <source>drag and drop into text</source>
        <translation>drag and drop into text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="300"/>
        <source>drag and drop onto image</source>
        <translation>drag and drop onto image</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="301"/>
        <source>drag and drop markers</source>
        <translation>drag and drop markers</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="302"/>
        <source>select missing words</source>
        <translation>select missing words</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="303"/>
        <source>random short-answer matching</source>
        <translation>random short-answer matching</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="304"/>
        <source>random question</source>
        <translation>random question</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="305"/>
        <source>untyped</source>
        <translation>untyped</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="306"/>
        <source>a link must be non-empty text</source>
        <translation>a link must be non-empty text</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="307"/>
        <source>a link is at most 2000 characters</source>
        <translation>a link is at most 2000 characters</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="308"/>
        <source>a link must not hold spaces, control, bidi or invisible characters</source>
        <translation>a link must not hold spaces, control, bidi or invisible characters</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="311"/>
        <source>a link must start with https://</source>
        <translation>a link must start with https://</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="312"/>
        <source>a link must not hold a backslash</source>
        <translation>a link must not hold a backslash</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="313"/>
        <source>a link must be a well-formed URL</source>
        <translation>a link must be a well-formed URL</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="314"/>
        <source>a link must not carry a user name or password (text before &apos;@&apos;)</source>
        <translation>a link must not carry a user name or password (text before &apos;@&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="317"/>
        <source>a link must name a host such as docs.aws.amazon.com (non-ASCII hosts in punycode)</source>
        <translation>a link must name a host such as docs.aws.amazon.com (non-ASCII hosts in punycode)</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/classroom.py" line="78"/>
        <location filename="../../ui/classroom.py" line="79"/>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="81"/>
        <source>This database is shared by a class. Choose your name, or add yours as a new candidate.</source>
        <translation>This database is shared by a class. Choose your name, or add yours as a new candidate.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="89"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="92"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="95"/>
        <source>New candidate: a name or alias</source>
        <translation>New candidate: a name or alias</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="96"/>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="98"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>CandidateNameDialog</name>
    <message>
        <location filename="../../ui/save_dialogs.py" line="43"/>
        <source>Name on the report</source>
        <translation>Name on the report</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="46"/>
        <source>Candidate name</source>
        <translation>Candidate name</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="48"/>
        <source>The name printed on the PDF report. Leave it empty to print none.</source>
        <translation>The name printed on the PDF report. Leave it empty to print none.</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="50"/>
        <source>Candidate name:</source>
        <translation>Candidate name:</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="54"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../../ui/item_views.py" line="222"/>
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="226"/>
        <source>Choose this option (key %1 or %2)</source>
        <translation>Choose this option (key %1 or %2)</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="231"/>
        <source>Restore option</source>
        <translation>Restore option</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="231"/>
        <source>Strike out option</source>
        <translation>Strike out option</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="241"/>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="243"/>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="261"/>
        <source>You have already chosen %1 options. Clear one to choose another.</source>
        <translation>You have already chosen %1 options. Clear one to choose another.</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../ui/coach_panel.py" line="52"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="52"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="53"/>
        <source>Start the recommended next step</source>
        <translation>Start the recommended next step</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="56"/>
        <source>Your study coach</source>
        <translation>Your study coach</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="61"/>
        <source>No estimate yet: your own answers build it (a full exam gives the best start).</source>
        <translation>No estimate yet: your own answers build it (a full exam gives the best start).</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="62"/>
        <source>Estimated score %1 (likely %2–%3) · %4 % chance of reaching 700</source>
        <translation>Estimated score %1 (likely %2–%3) · %4 % chance of reaching 700</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="84"/>
        <source>D%1: %2 %</source>
        <translation>D%1: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="91"/>
        <source>Domain %1, %2: mastery %3 %</source>
        <translation>Domain %1, %2: mastery %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="105"/>
        <source>full exam</source>
        <translation>full exam</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="105"/>
        <source>practice</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="106"/>
        <source>Next: resume your unfinished %1.</source>
        <translation>Next: resume your unfinished %1.</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="108"/>
        <source>Next: a first full exam, to give every domain and task statement a starting point.</source>
        <translation>Next: a first full exam, to give every domain and task statement a starting point.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="112"/>
        <source>Next: your exam is %n day(s) away, so sit a full exam under real conditions.</source>
        <translation>
            <numerusform>Next: your exam is %n day away, so sit a full exam under real conditions.</numerusform>
            <numerusform>Next: your exam is %n days away, so sit a full exam under real conditions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="115"/>
        <source>Next: you look ready, so check it with a full exam under real conditions.</source>
        <translation>Next: you look ready, so check it with a full exam under real conditions.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="117"/>
        <source>Next: %n missed item(s) are due again: a weak-area drill.</source>
        <translation>
            <numerusform>Next: %n missed item are due again: a weak-area drill.</numerusform>
            <numerusform>Next: %n missed items are due again: a weak-area drill.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="120"/>
        <source>Next: %1 items on your weakest task statement, %2 %3, with instant feedback.</source>
        <translation>Next: %1 items on your weakest task statement, %2 %3, with instant feedback.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="126"/>
        <source>Exam in %n day(s)</source>
        <translation>
            <numerusform>Exam in %n day</numerusform>
            <numerusform>Exam in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="127"/>
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n item due today</numerusform>
            <numerusform>%n items due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="128"/>
        <source>Study streak: %n day(s)</source>
        <translation>
            <numerusform>Study streak: %n day</numerusform>
            <numerusform>Study streak: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortCandidatesModel</name>
    <message>
        <location filename="../../ui/classroom.py" line="357"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="358"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="359"/>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="360"/>
        <source>95 % range</source>
        <translation>95 % range</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="361"/>
        <source>P(pass)</source>
        <translation>P(pass)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="362"/>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <location filename="../../ui/classroom.py" line="479"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="480"/>
        <source>Candidates by readiness</source>
        <translation>Candidates by readiness</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="481"/>
        <source>Mastery per task statement</source>
        <translation>Mastery per task statement</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="482"/>
        <source>Include simulated attempts</source>
        <translation>Include simulated attempts</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="483"/>
        <source>Cohort PDF…</source>
        <translation>Cohort PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="484"/>
        <source>Save the cohort report as PDF</source>
        <translation>Save the cohort report as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="485"/>
        <location filename="../../ui/classroom.py" line="486"/>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="498"/>
        <source>%n candidate(s) with finished attempts</source>
        <translation>
            <numerusform>%n candidate with finished attempts</numerusform>
            <numerusform>%n candidates with finished attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="499"/>
        <source>%n likely to pass (P ≥ 70 %)</source>
        <translation>
            <numerusform>%n likely to pass (P ≥ 70 %)</numerusform>
            <numerusform>%n likely to pass (P ≥ 70 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="500"/>
        <source>%n item(s) to revise.</source>
        <translation>
            <numerusform>%n item to revise.</numerusform>
            <numerusform>%n items to revise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="505"/>
        <source>Weakest task statements of the cohort: %1</source>
        <translation>Weakest task statements of the cohort: %1</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <location filename="../../ui/error_text.py" line="13"/>
        <source>There is no item {number} in this exam of {count}.</source>
        <translation>There is no item {number} in this exam of {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="14"/>
        <source>This exam has been submitted; its answers can no longer change.</source>
        <translation>This exam has been submitted; its answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="15"/>
        <source>A full-length exam cannot be paused, as in the real test.</source>
        <translation>A full-length exam cannot be paused, as in the real test.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="16"/>
        <source>Time is up: the exam is being submitted with the answers given.</source>
        <translation>Time is up: the exam is being submitted with the answers given.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="17"/>
        <source>The exam is paused; resume it to answer.</source>
        <translation>The exam is paused; resume it to answer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="18"/>
        <source>This item was already checked; its answer is final.</source>
        <translation>This item was already checked; its answer is final.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="19"/>
        <source>Instant feedback is off for this exam.</source>
        <translation>Instant feedback is off for this exam.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="20"/>
        <source>Answer the item completely before checking it.</source>
        <translation>Answer the item completely before checking it.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="21"/>
        <source>Only the options of a choice item can be struck out.</source>
        <translation>Only the options of a choice item can be struck out.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="22"/>
        <source>The exam has not been submitted yet.</source>
        <translation>The exam has not been submitted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="23"/>
        <source>An answer must be a list.</source>
        <translation>An answer must be a list.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="24"/>
        <source>Options are numbered 0 to {last}.</source>
        <translation>Options are numbered 0 to {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="25"/>
        <source>An option was chosen twice.</source>
        <translation>An option was chosen twice.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="26"/>
        <source>This item takes one option.</source>
        <translation>This item takes one option.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="27"/>
        <source>This item takes {count} options.</source>
        <translation>This item takes {count} options.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="28"/>
        <source>An order must use every step exactly once.</source>
        <translation>An order must use every step exactly once.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="29"/>
        <source>A matching answer names one known response (or none) per prompt.</source>
        <translation>A matching answer names one known response (or none) per prompt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="32"/>
        <source>Unknown task statement(s): {tasks}.</source>
        <translation>Unknown task statement(s): {tasks}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="33"/>
        <source>Choose at least one domain or task statement.</source>
        <translation>Choose at least one domain or task statement.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="34"/>
        <source>A practice set has 1 to {maximum} items.</source>
        <translation>A practice set has 1 to {maximum} items.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="35"/>
        <source>Cannot write {what}: the file name {name} holds control characters.</source>
        <translation>Cannot write {what}: the file name {name} holds control characters.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="38"/>
        <source>Cannot write {what}: {folder} is a file, not a folder.</source>
        <translation>Cannot write {what}: {folder} is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="39"/>
        <source>Cannot write {what}: the folder {folder} does not exist.</source>
        <translation>Cannot write {what}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="40"/>
        <source>Cannot write {what} to {target}: {reason}.</source>
        <translation>Cannot write {what} to {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="41"/>
        <source>Cannot write {what}: {target} is a folder; name a {extension} file.</source>
        <translation>Cannot write {what}: {target} is a folder; name a {extension} file.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="44"/>
        <source>Cannot write {what}: {target} is a symbolic link; name a regular {extension} file.</source>
        <translation>Cannot write {what}: {target} is a symbolic link; name a regular {extension} file.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="47"/>
        <source>Cannot write {what}: {target} is not a regular file (a device, pipe or socket).</source>
        <translation>Cannot write {what}: {target} is not a regular file (a device, pipe or socket).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="50"/>
        <source>Attempt {attempt} is not finished yet: submit it before making its report.</source>
        <translation>Attempt {attempt} is not finished yet: submit it before making its report.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="53"/>
        <source>No question bank is loaded.</source>
        <translation>No question bank is loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="54"/>
        <source>Cannot write {target}: {reason}.</source>
        <translation>Cannot write {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="55"/>
        <source>This item is no longer in the bank.</source>
        <translation>This item is no longer in the bank.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="56"/>
        <source>There is no attempt with id {attempt}.</source>
        <translation>There is no attempt with id {attempt}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="57"/>
        <source>This exam has been submitted (perhaps in another window); its answers can no longer change.</source>
        <translation>This exam has been submitted (perhaps in another window); its answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="61"/>
        <source>This exam was set aside; its answers can no longer change.</source>
        <translation>This exam was set aside; its answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="62"/>
        <source>This exam is open in another window, which now saves its answers; this copy is read-only. Close it there, or reopen it here to take it over.</source>
        <translation>This exam is open in another window, which now saves its answers; this copy is read-only. Close it there, or reopen it here to take it over.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="67"/>
        <source>This exam is open in another window; this copy is read-only. Close it there, or take it over.</source>
        <translation>This exam is open in another window; this copy is read-only. Close it there, or take it over.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="71"/>
        <source>The bank has {available} items for task(s) {tasks}, fewer than the {count} asked for.</source>
        <translation>The bank has {available} items for task(s) {tasks}, fewer than the {count} asked for.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="75"/>
        <source>Only {found} case studies cover the chosen task statements; {wanted} were asked for.</source>
        <translation>Only {found} case studies cover the chosen task statements; {wanted} were asked for.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="79"/>
        <source>There are no items to practise in this selection.</source>
        <translation>There are no items to practise in this selection.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="80"/>
        <source>A drill has 1 to {maximum} items.</source>
        <translation>A drill has 1 to {maximum} items.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="81"/>
        <source>The bank has no items for a drill yet.</source>
        <translation>The bank has no items for a drill yet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="82"/>
        <source>Attempt {attempt} is not finished: its missed items are not known yet.</source>
        <translation>Attempt {attempt} is not finished: its missed items are not known yet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="86"/>
        <source>Cannot write the report: the candidate name holds control characters.</source>
        <translation>Cannot write the report: the candidate name holds control characters.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="90"/>
        <source>The bank cannot fill a full exam: {short}.</source>
        <translation>The bank cannot fill a full exam: {short}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="91"/>
        <source>There is no item &apos;{key}&apos;.</source>
        <translation>There is no item &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="92"/>
        <source>There is no item {number} in attempt {attempt}.</source>
        <translation>There is no item {number} in attempt {attempt}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="93"/>
        <source>The blueprint revision {revision} is not in the database.</source>
        <translation>The blueprint revision {revision} is not in the database.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="96"/>
        <source>The exam &apos;{exam}&apos; is not in the database: import its bank first.</source>
        <translation>The exam &apos;{exam}&apos; is not in the database: import its bank first.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="99"/>
        <source>There is no exam &apos;{exam}&apos; in the database (known: {known}).</source>
        <translation>There is no exam &apos;{exam}&apos; in the database (known: {known}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="100"/>
        <source>No exam bank is loaded: check the bank folder (SIMULACRO_BANK_DIR) or import one.</source>
        <translation>No exam bank is loaded: check the bank folder (SIMULACRO_BANK_DIR) or import one.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="103"/>
        <source>Attempt {attempt} has no stored result.</source>
        <translation>Attempt {attempt} has no stored result.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="104"/>
        <source>No items in task statement(s) {tasks}.</source>
        <translation>No items in task statement(s) {tasks}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="105"/>
        <source>Could not add the candidate {name}.</source>
        <translation>Could not add the candidate {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="106"/>
        <source>There is no candidate with id {candidate}.</source>
        <translation>There is no candidate with id {candidate}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="107"/>
        <source>Write a name or alias for the candidate.</source>
        <translation>Write a name or alias for the candidate.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="108"/>
        <source>A candidate name has at most {maximum} characters.</source>
        <translation>A candidate name has at most {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="109"/>
        <source>Cannot use the data folder {folder}: {reason}.</source>
        <translation>Cannot use the data folder {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="110"/>
        <source>Cannot use the database URL {url}: it is not a database URL.</source>
        <translation>Cannot use the database URL {url}: it is not a database URL.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="111"/>
        <source>Cannot open the database {path}: {parent} is a file, not a folder.</source>
        <translation>Cannot open the database {path}: {parent} is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="114"/>
        <source>{path} belongs to another application (it holds the tables {tables}); Simulacro left it untouched. Choose another database file.</source>
        <translation>{path} belongs to another application (it holds the tables {tables}); Simulacro left it untouched. Choose another database file.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="119"/>
        <source>{path} is not a Simulacro database ({problem}); choose another file.</source>
        <translation>{path} is not a Simulacro database ({problem}); choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="122"/>
        <source>Cannot open the database {path}: permission denied ({reason}).</source>
        <translation>Cannot open the database {path}: permission denied ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="123"/>
        <source>Cannot open the database {path}: {reason}.</source>
        <translation>Cannot open the database {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="124"/>
        <source>Cannot use the database URL {url}: its driver is not installed ({driver}). For PostgreSQL install the postgres extra (pip install -e &apos;.[postgres]&apos;) and use postgresql+psycopg://.</source>
        <translation>Cannot use the database URL {url}: its driver is not installed ({driver}). For PostgreSQL install the postgres extra (pip install -e &apos;.[postgres]&apos;) and use postgresql+psycopg://.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="129"/>
        <source>Cannot use the database URL {url}: {detail}</source>
        <translation>Cannot use the database URL {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="130"/>
        <source>The database {url} is locked by another program. Close it and try again.</source>
        <translation>The database {url} is locked by another program. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="133"/>
        <source>The database {url} is read-only: answers cannot be saved. Check the file&apos;s permissions.</source>
        <translation>The database {url} is read-only: answers cannot be saved. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="136"/>
        <source>The disk holding {url} is full: free some space and try again.</source>
        <translation>The disk holding {url} is full: free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="137"/>
        <source>Cannot connect to the database {url}: {detail}. Check that the server runs and that the URL&apos;s host, port, database name, user and password are right (README: a classroom on PostgreSQL).</source>
        <translation>Cannot connect to the database {url}: {detail}. Check that the server runs and that the URL&apos;s host, port, database name, user and password are right (README: a classroom on PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="142"/>
        <source>Database error on {url}: {detail}</source>
        <translation>Database error on {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="143"/>
        <source>The database {url} was written by a newer version of Simulacro (schema {revision}). Update Simulacro to open it; the file was left untouched.</source>
        <translation>The database {url} was written by a newer version of Simulacro (schema {revision}). Update Simulacro to open it; the file was left untouched.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="148"/>
        <source>The database {path} could not be used ({problem}). It was kept as {target} and a new, empty database was created.</source>
        <translation>The database {path} could not be used ({problem}). It was kept as {target} and a new, empty database was created.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="153"/>
        <source>The shipped question bank has errors and was not loaded:
{errors}</source>
        <translation>The shipped question bank has errors and was not loaded:
{errors}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="156"/>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="157"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Nothing was imported: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="158"/>
        <source>Nothing was imported:
{errors}</source>
        <translation>Nothing was imported:
{errors}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="159"/>
        <source>Cannot write the pack: {reason}.</source>
        <translation>Cannot write the pack: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="160"/>
        <source>Nothing to export: the selection holds no items.</source>
        <translation>Nothing to export: the selection holds no items.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="161"/>
        <source>&apos;{name}&apos; cannot name a pack: use 1-60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. --name my-pack).</source>
        <translation>&apos;{name}&apos; cannot name a pack: use 1-60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. --name my-pack).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="168"/>
        <source>task {task} is short by {missing} (has {have}, needs {need})</source>
        <translation>task {task} is short by {missing} (has {have}, needs {need})</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="169"/>
        <source>it is not a SQLite database</source>
        <translation>it is not a SQLite database</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="170"/>
        <source>it cannot be read ({detail})</source>
        <translation>it cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="171"/>
        <source>its integrity check failed</source>
        <translation>its integrity check failed</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="172"/>
        <source>would change a case study of the shipped bank or another pack: use a new id</source>
        <translation>would change a case study of the shipped bank or another pack: use a new id</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="175"/>
        <source>its blueprint.yaml would change the blueprint of exam &apos;{exam}&apos;, which the shipped bank defines (a pack may add items with new ids, or define an exam with another code)</source>
        <translation>its blueprint.yaml would change the blueprint of exam &apos;{exam}&apos;, which the shipped bank defines (a pack may add items with new ids, or define an exam with another code)</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="180"/>
        <source>its blueprint.yaml would change the blueprint of exam &apos;{exam}&apos;, which another pack defines (a pack may add items with new ids, or define an exam with another code)</source>
        <translation>its blueprint.yaml would change the blueprint of exam &apos;{exam}&apos;, which another pack defines (a pack may add items with new ids, or define an exam with another code)</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="185"/>
        <source>would change an item of the shipped bank: give the pack&apos;s item a new id</source>
        <translation>would change an item of the shipped bank: give the pack&apos;s item a new id</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="188"/>
        <source>would change an item of another pack: give the pack&apos;s item a new id</source>
        <translation>would change an item of another pack: give the pack&apos;s item a new id</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="195"/>
        <source>the report</source>
        <translation>the report</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="196"/>
        <source>the CSV export</source>
        <translation>the CSV export</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../ui/exam_page.py" line="185"/>
        <location filename="../../ui/exam_page.py" line="186"/>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="189"/>
        <location filename="../../ui/exam_page.py" line="190"/>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="191"/>
        <location filename="../../ui/exam_page.py" line="194"/>
        <source>Review screen</source>
        <translation>Review screen</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="193"/>
        <source>See every item and jump to any of them</source>
        <translation>See every item and jump to any of them</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="195"/>
        <location filename="../../ui/exam_page.py" line="263"/>
        <source>Submit…</source>
        <translation>Submit…</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="196"/>
        <location filename="../../ui/exam_page.py" line="197"/>
        <source>Submit the exam</source>
        <translation>Submit the exam</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="198"/>
        <location filename="../../ui/exam_page.py" line="200"/>
        <source>Check answer</source>
        <translation>Check answer</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="199"/>
        <source>See if the answer is right, with every reason</source>
        <translation>See if the answer is right, with every reason</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="201"/>
        <source>Flag this item to come back to it</source>
        <translation>Flag this item to come back to it</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="202"/>
        <location filename="../../ui/exam_page.py" line="210"/>
        <location filename="../../ui/exam_page.py" line="368"/>
        <source>Flag for review</source>
        <translation>Flag for review</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="203"/>
        <source>Pause the practice clock</source>
        <translation>Pause the practice clock</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="204"/>
        <source>Pause or resume</source>
        <translation>Pause or resume</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="205"/>
        <location filename="../../ui/exam_page.py" line="261"/>
        <location filename="../../ui/exam_page.py" line="522"/>
        <source>Time remaining</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="206"/>
        <location filename="../../ui/exam_page.py" line="207"/>
        <location filename="../../ui/exam_page.py" line="519"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="206"/>
        <source>The item is hidden. Resume to go on.</source>
        <translation>The item is hidden. Resume to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="208"/>
        <location filename="../../ui/exam_page.py" line="209"/>
        <source>Back to the review screen</source>
        <translation>Back to the review screen</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="210"/>
        <location filename="../../ui/exam_page.py" line="368"/>
        <source>Flagged</source>
        <translation type="unfinished">Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="261"/>
        <source>Time used</source>
        <translation>Time used</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="263"/>
        <source>Finish…</source>
        <translation>Finish…</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="285"/>
        <location filename="../../ui/exam_page.py" line="580"/>
        <source>Your last change could not be saved: %1</source>
        <translation>Your last change could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="332"/>
        <source>Reviewing %1: %2 of %3</source>
        <translation>Reviewing %1: %2 of %3</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="360"/>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="364"/>
        <source>Task %1 · %2</source>
        <translation>Task %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="409"/>
        <source>Answered: %1 · Incomplete: %2 · Unanswered: %3 · Flagged: %4</source>
        <translation>Answered: %1 · Incomplete: %2 · Unanswered: %3 · Flagged: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exam_page.py" line="480"/>
        <source>Choose %n more option(s): this item asks for %1.</source>
        <translation>
            <numerusform>Choose %n more option: this item asks for %1.</numerusform>
            <numerusform>Choose %n more options: this item asks for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exam_page.py" line="484"/>
        <source>Pair %n more prompt(s): every prompt needs a response.</source>
        <translation>
            <numerusform>Pair %n more prompt: every prompt needs a response.</numerusform>
            <numerusform>Pair %n more prompts: every prompt needs a response.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="486"/>
        <source>Confirm the order of the steps first.</source>
        <translation>Confirm the order of the steps first.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="487"/>
        <source>Choose an option first.</source>
        <translation>Choose an option first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exam_page.py" line="643"/>
        <source>Less than %n minute(s) left.</source>
        <translation>
            <numerusform>Less than %n minute left.</numerusform>
            <numerusform>Less than %n minutes left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="181"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="604"/>
        <source>The exam&apos;s time ran out while it was closed: it was submitted with the answers you had given.</source>
        <translation>The exam&apos;s time ran out while it was closed: it was submitted with the answers you had given.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="607"/>
        <source>Time is up: the practice was finished with the answers you gave.</source>
        <translation>Time is up: the practice was finished with the answers you gave.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="572"/>
        <location filename="../../ui/exam_page.py" line="609"/>
        <source>Time is up: the exam was submitted with the answers you gave.</source>
        <translation>Time is up: the exam was submitted with the answers you gave.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="183"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="187"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="500"/>
        <source>Resume</source>
        <translation type="unfinished">Resume</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="500"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="615"/>
        <source>Untimed · %1</source>
        <translation>Untimed · %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="154"/>
        <source>Export items</source>
        <translation>Export items</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="157"/>
        <source>Anki deck (.apkg)</source>
        <translation>Anki deck (.apkg)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="158"/>
        <source>Moodle XML (.xml)</source>
        <translation>Moodle XML (.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="159"/>
        <source>GIFT (.gift)</source>
        <translation>GIFT (.gift)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="160"/>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="161"/>
        <source>Only the items I missed</source>
        <translation>Only the items I missed</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="164"/>
        <source>GIFT cannot hold ordering items; Moodle needs the Ordering plug-in for them.</source>
        <translation>GIFT cannot hold ordering items; Moodle needs the Ordering plug-in for them.</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="166"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="171"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="171"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FlaggedModel</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="39"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="40"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="41"/>
        <source>Times flagged</source>
        <translation>Times flagged</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="42"/>
        <source>Last flagged</source>
        <translation>Last flagged</translation>
    </message>
</context>
<context>
    <name>FlaggedPage</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="155"/>
        <source>Flagged items</source>
        <translation>Flagged items</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="157"/>
        <source>Items you flagged in any exam or practice, until you clear them. Practise them as a set, or clear one.</source>
        <translation>Items you flagged in any exam or practice, until you clear them. Practise them as a set, or clear one.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="160"/>
        <source>Clear flag</source>
        <translation>Clear flag</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="161"/>
        <source>Clear the flag of the selected item</source>
        <translation>Clear the flag of the selected item</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="162"/>
        <source>Practise these items</source>
        <translation>Practise these items</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="163"/>
        <source>Practise the flagged items</source>
        <translation>Practise the flagged items</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="164"/>
        <source>Export to Anki or Moodle…</source>
        <translation>Export to Anki or Moodle…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="165"/>
        <source>Export the flagged items to Anki, Moodle XML or GIFT</source>
        <translation>Export the flagged items to Anki, Moodle XML or GIFT</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/history_page.py" line="180"/>
        <source>History and mastery</source>
        <translation>History and mastery</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="181"/>
        <location filename="../../ui/history_page.py" line="182"/>
        <source>Show demo attempts</source>
        <translation>Show demo attempts</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="183"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="184"/>
        <source>Mastery per task statement</source>
        <translation>Mastery per task statement</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="185"/>
        <source>Task statement for the trend chart</source>
        <translation>Task statement for the trend chart</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="186"/>
        <source>Task statement:</source>
        <translation>Task statement:</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="187"/>
        <source>Attempts (Enter or double-click to review)</source>
        <translation>Attempts (Enter or double-click to review)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="188"/>
        <source>Mastery, weakest first</source>
        <translation>Mastery, weakest first</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="189"/>
        <location filename="../../ui/history_page.py" line="190"/>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="191"/>
        <source>Score per domain over attempts</source>
        <translation>Score per domain over attempts</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="192"/>
        <source>Score of a task statement over attempts</source>
        <translation>Score of a task statement over attempts</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="210"/>
        <source>Readiness estimate: not enough answers yet. Sit an exam or a practice set.</source>
        <translation>Readiness estimate: not enough answers yet. Sit an exam or a practice set.</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="215"/>
        <source>Readiness estimate: %1 (between %2 and %3) · chance of reaching %4: %5 %</source>
        <translation>Readiness estimate: %1 (between %2 and %3) · chance of reaching %4: %5 %</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="223"/>
        <source>(from demo attempts: you have none of your own yet)</source>
        <translation>(from demo attempts: you have none of your own yet)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="224"/>
        <source>An estimate from your answers, recent ones weighing more.</source>
        <translation>An estimate from your answers, recent ones weighing more.</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="259"/>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="289"/>
        <source>% right per domain</source>
        <translation>% right per domain</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="315"/>
        <source>% right in task %1</source>
        <translation>% right in task %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="285"/>
        <location filename="../../ui/home_page.py" line="356"/>
        <source>AWS Certified AI Practitioner (AIF-C01) exam simulator</source>
        <translation>AWS Certified AI Practitioner (AIF-C01) exam simulator</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="286"/>
        <source>Exam:</source>
        <translation>Exam:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="288"/>
        <source>Full-length exam</source>
        <translation>Full-length exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="291"/>
        <source>65 items in 90 minutes, drawn like the real exam: domain weights, every item type, 15 unscored items you cannot tell apart. Domain and task are hidden until the end.</source>
        <translation>65 items in 90 minutes, drawn like the real exam: domain weights, every item type, 15 unscored items you cannot tell apart. Domain and task are hidden until the end.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="295"/>
        <source>+30 minutes (accommodation for non-native English speakers)</source>
        <translation>+30 minutes (accommodation for non-native English speakers)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="296"/>
        <source>Add 30 minutes</source>
        <translation>Add 30 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="297"/>
        <location filename="../../ui/home_page.py" line="298"/>
        <source>Start full exam</source>
        <translation>Start full exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="299"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="300"/>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="302"/>
        <source>Select or clear every task of domain %1</source>
        <translation>Select or clear every task of domain %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="303"/>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="304"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="305"/>
        <source>Select every task statement</source>
        <translation>Select every task statement</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="306"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="307"/>
        <source>Clear every task statement</source>
        <translation>Clear every task statement</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="308"/>
        <source>My 3 weakest task statements</source>
        <translation>My 3 weakest task statements</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="309"/>
        <source>Select my 3 weakest task statements</source>
        <translation>Select my 3 weakest task statements</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="310"/>
        <source>Domains 4 and 5 — responsible AI and security</source>
        <translation>Domains 4 and 5 — responsible AI and security</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>Select every task of domains 4 and 5</source>
        <translation>Select every task of domains 4 and 5</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="312"/>
        <source>Select every task statement of domains 4 and 5, and nothing else</source>
        <translation>Select every task statement of domains 4 and 5, and nothing else</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="314"/>
        <source>Task statements to practise</source>
        <translation>Task statements to practise</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="315"/>
        <source>Number of items:</source>
        <translation>Number of items:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="316"/>
        <source>Number of items</source>
        <translation>Number of items</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="317"/>
        <source>Timed (same pace as the real exam)</source>
        <translation>Timed (same pace as the real exam)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="318"/>
        <source>Timed</source>
        <translation>Timed</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="319"/>
        <source>Instant feedback after each answer</source>
        <translation>Instant feedback after each answer</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="320"/>
        <source>Instant feedback</source>
        <translation>Instant feedback</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="321"/>
        <source>Add a case study (practice material)</source>
        <translation>Add a case study (practice material)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="322"/>
        <source>Add a case study</source>
        <translation>Add a case study</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="323"/>
        <location filename="../../ui/home_page.py" line="324"/>
        <source>Start practice</source>
        <translation>Start practice</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="325"/>
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="326"/>
        <source>Items per domain</source>
        <translation>Items per domain</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="327"/>
        <location filename="../../ui/home_page.py" line="328"/>
        <source>Latest results</source>
        <translation>Latest results</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="329"/>
        <source>No finished exams yet. Your results will appear here.</source>
        <translation>No finished exams yet. Your results will appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="330"/>
        <source>After the exam</source>
        <translation>After the exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="331"/>
        <location filename="../../ui/home_page.py" line="332"/>
        <source>Start weak-area drill</source>
        <translation>Start weak-area drill</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Items in the drill</source>
        <translation>Items in the drill</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="334"/>
        <location filename="../../ui/home_page.py" line="335"/>
        <source>History and mastery</source>
        <translation>History and mastery</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="404"/>
        <source>Unfinished %1 from %2: %3 of %4 answered.</source>
        <translation>Unfinished %1 from %2: %3 of %4 answered.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home_page.py" line="408"/>
        <source>%n incomplete.</source>
        <translation>
            <numerusform>%n incomplete.</numerusform>
            <numerusform>%n incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="411"/>
        <source>Its clock is running: at most %1 min left.</source>
        <translation>Its clock is running: at most %1 min left.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="417"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="419"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="358"/>
        <source>Question bank: %1 items</source>
        <translation>Question bank: %1 items</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="376"/>
        <source>A drill brings back the items you missed when they are due (Leitner boxes: again after 1, 3, 7 and 14 days) and fills up with your weakest task statements. Due now: %1.</source>
        <translation>A drill brings back the items you missed when they are due (Leitner boxes: again after 1, 3, 7 and 14 days) and fills up with your weakest task statements. Due now: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="380"/>
        <source>Review flagged (%1)</source>
        <translation>Review flagged (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="381"/>
        <source>Review flagged items</source>
        <translation>Review flagged items</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="382"/>
        <source>Question reports (%1)</source>
        <translation>Question reports (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="383"/>
        <source>Question reports</source>
        <translation>Question reports</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="403"/>
        <source>full exam</source>
        <translation>full exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="403"/>
        <source>practice</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="413"/>
        <source>%1 min left.</source>
        <translation>%1 min left.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="418"/>
        <source>Resume the unfinished attempt of %1</source>
        <translation>Resume the unfinished attempt of %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="420"/>
        <source>Discard the unfinished attempt of %1</source>
        <translation>Discard the unfinished attempt of %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="454"/>
        <source>Select only the three task statements where your mastery is lowest</source>
        <translation>Select only the three task statements where your mastery is lowest</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="456"/>
        <source>Available once you have answered a practice or exam of your own: mastery comes from it</source>
        <translation>Available once you have answered a practice or exam of your own: mastery comes from it</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="495"/>
        <source>Choose at least one task statement or domain.</source>
        <translation>Choose at least one task statement or domain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home_page.py" line="497"/>
        <source>%n item(s) available in the chosen task statements.</source>
        <translation>
            <numerusform>%n item available in the chosen task statements.</numerusform>
            <numerusform>%n items available in the chosen task statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportQuestionsDialog</name>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="39"/>
        <source>Import questions</source>
        <translation>Import questions</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="42"/>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="43"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="44"/>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="50"/>
        <source>Task statement for questions without one</source>
        <translation>Task statement for questions without one</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="51"/>
        <source>From the file&apos;s categories</source>
        <translation>From the file&apos;s categories</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="55"/>
        <source>Category mapping file (optional)</source>
        <translation>Category mapping file (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="56"/>
        <source>Optional: a YAML file mapping categories to task statements</source>
        <translation>Optional: a YAML file mapping categories to task statements</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="58"/>
        <source>Reference URL</source>
        <translation>Reference URL</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="59"/>
        <source>https://docs.aws.amazon.com/… (a page that supports the keys)</source>
        <translation>https://docs.aws.amazon.com/… (a page that supports the keys)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="63"/>
        <source>Language of the questions</source>
        <translation>Language of the questions</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="64"/>
        <source>Leave out (whole) the questions that cannot be converted</source>
        <translation>Leave out (whole) the questions that cannot be converted</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="66"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="67"/>
        <source>Task statement:</source>
        <translation>Task statement:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="68"/>
        <source>Category mapping:</source>
        <translation>Category mapping:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="69"/>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="70"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="72"/>
        <source>Choose a file and press Preview.</source>
        <translation>Choose a file and press Preview.</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="75"/>
        <source>What could not be converted</source>
        <translation>What could not be converted</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="76"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="77"/>
        <source>Preview the conversion</source>
        <translation>Preview the conversion</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="81"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="82"/>
        <source>Import the converted questions as a pack</source>
        <translation>Import the converted questions as a pack</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="84"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="102"/>
        <source>Questions to import</source>
        <translation>Questions to import</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="104"/>
        <source>Question files (*.xml *.gift *.txt *.csv);;All files (*)</source>
        <translation>Question files (*.xml *.gift *.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="126"/>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interop_dialogs.py" line="128"/>
        <source>%n question(s) convert</source>
        <translation>
            <numerusform>%n question converts</numerusform>
            <numerusform>%n questions convert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interop_dialogs.py" line="133"/>
        <source>%n problem(s): see the list below.</source>
        <translation>
            <numerusform>%n problem: see the list below.</numerusform>
            <numerusform>%n problems: see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="141"/>
        <source>one answer</source>
        <translation>one answer</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="142"/>
        <source>several answers</source>
        <translation>several answers</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="143"/>
        <source>matching</source>
        <translation>matching</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="144"/>
        <source>ordering</source>
        <translation>ordering</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/item_panel.py" line="205"/>
        <source>Case study scenario</source>
        <translation>Case study scenario</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="206"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="207"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="208"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="210"/>
        <source>Select words of the question, then highlight them (again to clear)</source>
        <translation>Select words of the question, then highlight them (again to clear)</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="212"/>
        <source>Highlight the selected text</source>
        <translation>Highlight the selected text</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="220"/>
        <source>Select some words of the question first.</source>
        <translation>Select some words of the question first.</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="250"/>
        <source>(Choose %1.)</source>
        <translation>(Choose %1.)</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="269"/>
        <source>Case study: %1</source>
        <translation>Case study: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="292"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="292"/>
        <source>Incorrect</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="295"/>
        <source>Unscored item: it does not count in the score</source>
        <translation>Unscored item: it does not count in the score</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="297"/>
        <source>Partial credit (practice only): %1 %</source>
        <translation>Partial credit (practice only): %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="300"/>
        <source>Read more</source>
        <translation>Read more</translation>
    </message>
</context>
<context>
    <name>ItemStatsModel</name>
    <message>
        <location filename="../../ui/classroom.py" line="46"/>
        <source>negative discrimination</source>
        <translation>negative discrimination</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="47"/>
        <source>near-zero discrimination</source>
        <translation>near-zero discrimination</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="48"/>
        <source>too hard</source>
        <translation>too hard</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="49"/>
        <source>too easy</source>
        <translation>too easy</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="50"/>
        <source>a distractor beats the key</source>
        <translation>a distractor beats the key</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="53"/>
        <source>one answer</source>
        <translation>one answer</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="54"/>
        <source>several answers</source>
        <translation>several answers</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="55"/>
        <source>matching</source>
        <translation>matching</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="56"/>
        <source>ordering</source>
        <translation>ordering</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="140"/>
        <source>Revise</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="141"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="142"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="143"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="144"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="145"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="146"/>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="147"/>
        <source>Median time</source>
        <translation>Median time</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="148"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="149"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="175"/>
        <source>revisar</source>
        <translation>revise</translation>
    </message>
</context>
<context>
    <name>ItemStatsPage</name>
    <message>
        <location filename="../../ui/classroom.py" line="295"/>
        <location filename="../../ui/classroom.py" line="303"/>
        <source>Item statistics</source>
        <translation>Item statistics</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="298"/>
        <source>From the scored answers of finished exams and practice, per item revision. Discrimination and the &apos;revisar&apos; flags appear from %1 answers: negative or near-zero discrimination, facility under 0.2 or over 0.95, or a distractor the top 27 % chose more than the key.</source>
        <translation>From the scored answers of finished exams and practice, per item revision. Discrimination and the &apos;revisar&apos; flags appear from %1 answers: negative or near-zero discrimination, facility under 0.2 or over 0.95, or a distractor the top 27 % chose more than the key.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="308"/>
        <source>Every task</source>
        <translation>Every task</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="310"/>
        <source>Task statement</source>
        <translation>Task statement</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="313"/>
        <source>Only items to revise</source>
        <translation>Only items to revise</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="314"/>
        <source>Include simulated attempts</source>
        <translation>Include simulated attempts</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="315"/>
        <location filename="../../ui/classroom.py" line="316"/>
        <source>Search item or stem</source>
        <translation>Search item or stem</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="317"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="318"/>
        <source>Export the item statistics as CSV</source>
        <translation>Export the item statistics as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="319"/>
        <location filename="../../ui/classroom.py" line="320"/>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="336"/>
        <source>%n item revision(s) answered</source>
        <translation>
            <numerusform>%n item revision answered</numerusform>
            <numerusform>%n item revisions answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="336"/>
        <source>%n to revise.</source>
        <translation>
            <numerusform>%n to revise.</numerusform>
            <numerusform>%n to revise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="338"/>
        <source>No finished attempts to count yet.</source>
        <translation>No finished attempts to count yet.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="348"/>
        <source>top 27 %</source>
        <translation>top 27 %</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="349"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Simulacro</source>
        <translation>&amp;Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Teacher</source>
        <translation>&amp;Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Item statistics</source>
        <translation>&amp;Item statistics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohort</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Change candidate…</source>
        <translation>&amp;Change candidate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>&amp;Import questions…</source>
        <translation>&amp;Import questions…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>How the &amp;exam and its clock work</source>
        <translation>How the &amp;exam and its clock work</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;About Simulacro</source>
        <translation>&amp;About Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Opening your data and the question bank…</source>
        <translation>Opening your data and the question bank…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>(nothing to do on this screen)</source>
        <translation>(nothing to do on this screen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Choose who you are to continue: Simulacro ▸ Change candidate…</source>
        <translation>Choose who you are to continue: Simulacro ▸ Change candidate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605"/>
        <source>Export item statistics</source>
        <translation>Export item statistics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="635"/>
        <source>Save the cohort report</source>
        <translation>Save the cohort report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="656"/>
        <source>Simulacro could not open its data.</source>
        <translation>Simulacro could not open its data.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>Nothing was deleted. Fix the problem and start Simulacro again.</source>
        <translation>Nothing was deleted. Fix the problem and start Simulacro again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="727"/>
        <source>This exam is open in another window. Take it over here? The other window will no longer be able to save answers.</source>
        <translation>This exam is open in another window. Take it over here? The other window will no longer be able to save answers.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767"/>
        <source>The unfinished exam was submitted; its result is in the history.</source>
        <translation>The unfinished exam was submitted; its result is in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>The unfinished attempt was discarded.</source>
        <translation>The unfinished attempt was discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="871"/>
        <source>Flagged item %1</source>
        <translation>Flagged item %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="896"/>
        <location filename="../../ui/main_window.py" line="897"/>
        <source>Thank you: the report was saved.</source>
        <translation>Thank you: the report was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="908"/>
        <source>Export question reports</source>
        <translation>Export question reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1188"/>
        <source>The clock of a full exam is a deadline stored with the attempt: it keeps running while Simulacro is closed, while you are on Home and while the computer sleeps. Within one run it is measured with the monotonic clock; across runs, and when wall time runs ahead (a computer asleep), with wall time guarded against jumps: a clock set back never adds time, a jump forward uses up the time it skips, and a jump beyond the deadline submits the exam. Reopening an exam after its deadline submits it with the answers given, and Simulacro says so. The results record the interruptions: how many times the exam was left and the minutes away.

Practice may pause (%1): the item is hidden and navigation is disabled until you resume. A practice clock stops while Simulacro is closed. Timed practice warns when 25 % and 10 % of its time are left.</source>
        <translation>The clock of a full exam is a deadline stored with the attempt: it keeps running while Simulacro is closed, while you are on Home and while the computer sleeps. Within one run it is measured with the monotonic clock; across runs, and when wall time runs ahead (a computer asleep), with wall time guarded against jumps: a clock set back never adds time, a jump forward uses up the time it skips, and a jump beyond the deadline submits the exam. Reopening an exam after its deadline submits it with the answers given, and Simulacro says so. The results record the interruptions: how many times the exam was left and the minutes away.

Practice may pause (%1): the item is hidden and navigation is disabled until you resume. A practice clock stops while Simulacro is closed. Timed practice warns when 25 % and 10 % of its time are left.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605"/>
        <location filename="../../ui/main_window.py" line="908"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="929"/>
        <source>The question bank is still loading; try again in a moment.</source>
        <translation>The question bank is still loading; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="939"/>
        <source>%1 questions imported as pack &apos;%2&apos; (Preferences lists and removes packs).</source>
        <translation>%1 questions imported as pack &apos;%2&apos; (Preferences lists and removes packs).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="971"/>
        <source>Export items</source>
        <translation>Export items</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="984"/>
        <source>(%1 left out: the format cannot hold them)</source>
        <translation>(%1 left out: the format cannot hold them)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1004"/>
        <source>Discard the unfinished attempt?</source>
        <translation>Discard the unfinished attempt?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1006"/>
        <source>Its answers are kept in your history as discarded, with no result, and it will not be offered again.</source>
        <translation>Its answers are kept in your history as discarded, with no result, and it will not be offered again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1008"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1009"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1020"/>
        <source>Time ran out</source>
        <translation>Time ran out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1022"/>
        <source>The exam&apos;s time ran out while Simulacro was closed or you were elsewhere, as it would in the real test. It was submitted with the answers you had given.</source>
        <translation>The exam&apos;s time ran out while Simulacro was closed or you were elsewhere, as it would in the real test. It was submitted with the answers you had given.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Save the PDF report</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="635"/>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>AWS Certified AI Practitioner</source>
        <translation>AWS Certified AI Practitioner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Go &amp;to</source>
        <translation>Go &amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Acti&amp;ons</source>
        <translation>Acti&amp;ons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>He&amp;lp</source>
        <translation>He&amp;lp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Home screen</source>
        <translation>Home screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Flagged items</source>
        <translation>Flagged items</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>History and mastery</source>
        <translation>History and mastery</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Question reports</source>
        <translation>Question reports</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="613"/>
        <source>%n item revision(s) exported to %1</source>
        <translation>
            <numerusform>%n item revision exported to %1</numerusform>
            <numerusform>%n item revisions exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <location filename="../../ui/main_window.py" line="1076"/>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="915"/>
        <source>%n report(s) exported to %1</source>
        <translation>
            <numerusform>%n report exported to %1</numerusform>
            <numerusform>%n reports exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="982"/>
        <source>%n item(s) exported to %1</source>
        <translation>
            <numerusform>%n item exported to %1</numerusform>
            <numerusform>%n items exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1060"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1061"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1099"/>
        <source>Simulacro</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1110"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1202"/>
        <source>How the exam and its clock work</source>
        <translation>How the exam and its clock work</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1207"/>
        <source>About Simulacro</source>
        <translation>About Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1209"/>
        <source>Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. Not affiliated with Amazon Web Services. Scaled scores are estimates.</source>
        <translation>Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. Not affiliated with Amazon Web Services. Scaled scores are estimates.</translation>
    </message>
</context>
<context>
    <name>MasteryModel</name>
    <message>
        <location filename="../../ui/history_page.py" line="73"/>
        <source>Task statement</source>
        <translation>Task statement</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="74"/>
        <source>Mastery</source>
        <translation>Mastery</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="75"/>
        <source>Range (95 %)</source>
        <translation>Range (95 %)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="76"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="356"/>
        <source>Choose a response for each prompt. A response can be used more than once.</source>
        <translation>Choose a response for each prompt. A response can be used more than once.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="368"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="374"/>
        <source>Response for: %1</source>
        <translation>Response for: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="382"/>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="382"/>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="40"/>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="42"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ui/models.py" line="193"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="194"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="195"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="290"/>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="292"/>
        <source>unseen</source>
        <translation>unseen</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="310"/>
        <location filename="../../ui/models.py" line="338"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="285"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="120"/>
        <source>Domain %1</source>
        <translation type="unfinished">Domain %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="136"/>
        <source>mastery %1 %</source>
        <translation>mastery %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="288"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="295"/>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="308"/>
        <location filename="../../ui/models.py" line="336"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="309"/>
        <location filename="../../ui/models.py" line="337"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="322"/>
        <source>no items</source>
        <translation>no items</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="339"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="359"/>
        <source>Meets competencies</source>
        <translation>Meets competencies</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="361"/>
        <source>Needs improvement</source>
        <translation>Needs improvement</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="397"/>
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>OrderingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="458"/>
        <source>Put the steps in order, first at the top. Drag them, or select one and press %1 / %2.</source>
        <translation>Put the steps in order, first at the top. Drag them, or select one and press %1 / %2.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="462"/>
        <location filename="../../ui/item_views.py" line="469"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="463"/>
        <source>Move the selected step up</source>
        <translation>Move the selected step up</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="464"/>
        <location filename="../../ui/item_views.py" line="470"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="465"/>
        <source>Move the selected step down</source>
        <translation>Move the selected step down</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="467"/>
        <source>Confirm this order</source>
        <translation>Confirm this order</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="467"/>
        <source>Order saved</source>
        <translation>Order saved</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="471"/>
        <source>Confirm order</source>
        <translation>Confirm order</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="472"/>
        <source>Steps to order</source>
        <translation>Steps to order</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="483"/>
        <source>Correct order:</source>
        <translation>Correct order:</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/dialogs.py" line="487"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="488"/>
        <source>Exams</source>
        <translation>Exams</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="489"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="490"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="491"/>
        <source>Source folder</source>
        <translation>Source folder</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="524"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="530"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="535"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="537"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="537"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="537"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="541"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="543"/>
        <source>Candidate name (for reports)</source>
        <translation>Candidate name (for reports)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="546"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="547"/>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="548"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="549"/>
        <source>Candidate name (for reports):</source>
        <translation>Candidate name (for reports):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="551"/>
        <source>I have booked my exam for</source>
        <translation>I have booked my exam for</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="558"/>
        <source>Exam date</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="559"/>
        <source>I have an exam date</source>
        <translation>I have an exam date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="568"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="569"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="572"/>
        <location filename="../../ui/dialogs.py" line="579"/>
        <source>Imported question packs</source>
        <translation>Imported question packs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="580"/>
        <source>No packs imported. The shipped bank is always there.</source>
        <translation>No packs imported. The shipped bank is always there.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="581"/>
        <source>Remove pack</source>
        <translation>Remove pack</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="582"/>
        <source>Remove the selected pack</source>
        <translation>Remove the selected pack</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReportQuestionDialog</name>
    <message>
        <location filename="../../ui/answer_review.py" line="121"/>
        <source>Report this question</source>
        <translation>Report this question</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="123"/>
        <source>What seems wrong</source>
        <translation>What seems wrong</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="125"/>
        <source>What seems wrong? For example: option B is also right because…</source>
        <translation>What seems wrong? For example: option B is also right because…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="127"/>
        <source>Your note is kept on this computer and can be exported as CSV for the bank&apos;s authors.</source>
        <translation>Your note is kept on this computer and can be exported as CSV for the bank&apos;s authors.</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="130"/>
        <location filename="../../ui/answer_review.py" line="131"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="132"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="62"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="63"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="64"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="198"/>
        <source>Question report</source>
        <translation>Question report</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="202"/>
        <source>Question reports</source>
        <translation>Question reports</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="203"/>
        <source>Your notes on questions that seem wrong. Export them as CSV and send them to the bank&apos;s authors.</source>
        <translation>Your notes on questions that seem wrong. Export them as CSV and send them to the bank&apos;s authors.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="205"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="206"/>
        <source>Export the reports as CSV</source>
        <translation>Export the reports as CSV</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="138"/>
        <source>By domain</source>
        <translation>By domain</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="139"/>
        <source>By task statement</source>
        <translation>By task statement</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="140"/>
        <location filename="../../ui/results_page.py" line="141"/>
        <source>Review answers</source>
        <translation>Review answers</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="142"/>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="143"/>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="144"/>
        <location filename="../../ui/results_page.py" line="145"/>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="146"/>
        <source>Scores by domain</source>
        <translation>Scores by domain</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="147"/>
        <source>Scores by task statement</source>
        <translation>Scores by task statement</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="161"/>
        <source>Not available in this version yet.</source>
        <translation>Not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="174"/>
        <source>Estimated result: PASS</source>
        <translation>Estimated result: PASS</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="174"/>
        <source>Estimated result: FAIL</source>
        <translation>Estimated result: FAIL</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="177"/>
        <source>AWS does not publish how raw results become scaled scores: Simulacro&apos;s scaled score is an estimate.</source>
        <translation>AWS does not publish how raw results become scaled scores: Simulacro&apos;s scaled score is an estimate.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="181"/>
        <source>Practice: %1 % right</source>
        <translation>Practice: %1 % right</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="184"/>
        <source>A practice set under %1 scored items shows the share right per task statement, with no scaled estimate and no pass or fail.</source>
        <translation>A practice set under %1 scored items shows the share right per task statement, with no scaled estimate and no pass or fail.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="188"/>
        <source>Time ran out and the exam was submitted automatically.</source>
        <translation>Time ran out and the exam was submitted automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="192"/>
        <source>Estimated scaled score: %1 of %2 (pass mark %3)</source>
        <translation>Estimated scaled score: %1 of %2 (pass mark %3)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="198"/>
        <source>Raw score: %1 of %2 scored items right (%3 %)</source>
        <translation>Raw score: %1 of %2 scored items right (%3 %)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="206"/>
        <source>Time used: %1 min of %2</source>
        <translation>Time used: %1 min of %2</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="211"/>
        <source>Time used: %1 min (untimed)</source>
        <translation>Time used: %1 min (untimed)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="214"/>
        <source>Interruptions: %1 (%2 min away)</source>
        <translation>Interruptions: %1 (%2 min away)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="219"/>
        <source>Interruptions: none</source>
        <translation>Interruptions: none</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results_page.py" line="224"/>
        <source>Partial credit on the %n multi-part item(s), practice only (not part of the score): %1 %</source>
        <translation>
            <numerusform>Partial credit on the %n multi-part item, practice only (not part of the score): %1 %</numerusform>
            <numerusform>Partial credit on the %n multi-part items, practice only (not part of the score): %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="296"/>
        <location filename="../../ui/dialogs.py" line="297"/>
        <source>Review screen</source>
        <translation>Review screen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="303"/>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="304"/>
        <source>Flagged only</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="308"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="321"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="305"/>
        <source>Not answered (unseen or incomplete)</source>
        <translation>Not answered (unseen or incomplete)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="306"/>
        <source>Incomplete only</source>
        <translation>Incomplete only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="307"/>
        <source>Unseen only</source>
        <translation>Unseen only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="327"/>
        <source>Filled: answered · Bar along the bottom: incomplete (seen, not fully answered) · Outlined: unseen · Thick border and a flag: flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="331"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="338"/>
        <source>Review all</source>
        <translation>Review all</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="339"/>
        <source>Review incomplete</source>
        <translation>Review incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="340"/>
        <source>Review flagged</source>
        <translation>Review flagged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="354"/>
        <source>Back to the exam</source>
        <translation>Back to the exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="354"/>
        <source>Back to the practice</source>
        <translation>Back to the practice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="356"/>
        <source>Submit exam…</source>
        <translation>Submit exam…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="356"/>
        <source>Finish the practice…</source>
        <translation>Finish the practice…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="357"/>
        <source>Submit exam</source>
        <translation>Submit exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="357"/>
        <source>Finish the practice</source>
        <translation>Finish the practice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="401"/>
        <source>flagged items</source>
        <translation>flagged items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="403"/>
        <source>incomplete items</source>
        <translation>incomplete items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="404"/>
        <source>all items</source>
        <translation>all items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="419"/>
        <source>Answered: %1 · Incomplete: %2 · Unseen: %3 · Flagged: %4</source>
        <translation>Answered: %1 · Incomplete: %2 · Unseen: %3 · Flagged: %4</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location filename="../../ui/answer_review.py" line="74"/>
        <source>unscored</source>
        <translation>unscored</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="63"/>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="65"/>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="67"/>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="69"/>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="72"/>
        <source>flagged</source>
        <translation type="unfinished">flagged</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Choose option A to I (toggle in multiple response)</source>
        <translation>Choose option A to I (toggle in multiple response)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="47"/>
        <source>Choose option 1 to 9 (toggle in multiple response)</source>
        <translation>Choose option 1 to 9 (toggle in multiple response)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Strike out option A to I, or restore it (a chosen option is unchosen)</source>
        <translation>Strike out option A to I, or restore it (a chosen option is unchosen)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Strike out option 1 to 9, or restore it</source>
        <translation>Strike out option 1 to 9, or restore it</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <source>Flag the item for review, or clear the flag</source>
        <translation>Flag the item for review, or clear the flag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Open the review screen</source>
        <translation>Open the review screen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <source>Submit the exam</source>
        <translation>Submit the exam</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Check the answer (practice with instant feedback)</source>
        <translation>Check the answer (practice with instant feedback)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <source>Pause or resume (practice only)</source>
        <translation>Pause or resume (practice only)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Ordering: move the selected step up</source>
        <translation>Ordering: move the selected step up</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>Ordering: move the selected step down</source>
        <translation>Ordering: move the selected step down</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61"/>
        <source>Go to the home screen</source>
        <translation>Go to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="62"/>
        <source>Open the Actions menu: every button of this screen</source>
        <translation>Open the Actions menu: every button of this screen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="63"/>
        <source>Highlight the selected words of the question, or clear</source>
        <translation>Highlight the selected words of the question, or clear</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="442"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="442"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="464"/>
        <location filename="../../ui/dialogs.py" line="470"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="475"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="62"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="63"/>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="64"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Before you start: the rules of the exam</source>
        <translation>Before you start: the rules of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="73"/>
        <source>Start the exam</source>
        <translation>Start the exam</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="75"/>
        <source>Before you start: this practice</source>
        <translation>Before you start: this practice</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="77"/>
        <source>Start the practice</source>
        <translation>Start the practice</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="85"/>
        <source>• %1 items: %2 are scored and %3 are unscored; you cannot tell which.</source>
        <translation>• %1 items: %2 are scored and %3 are unscored; you cannot tell which.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="90"/>
        <source>• %1 minutes (%2, or %3 with the accommodation for candidates whose first language is not English: +%4 minutes).</source>
        <translation>• %1 minutes (%2, or %3 with the accommodation for candidates whose first language is not English: +%4 minutes).</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="98"/>
        <source>• No pause. The clock keeps running if you close Simulacro or go to Home, as in the real test; when it reaches zero the exam is submitted with the answers given.</source>
        <translation>• No pause. The clock keeps running if you close Simulacro or go to Home, as in the real test; when it reaches zero the exam is submitted with the answers given.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="102"/>
        <source>• Each item is scored all or nothing: choose exactly the options it asks for, pair every prompt, confirm the order of the steps. A part answer is incomplete and gets no credit. Guessing costs nothing.</source>
        <translation>• Each item is scored all or nothing: choose exactly the options it asks for, pair every prompt, confirm the order of the steps. A part answer is incomplete and gets no credit. Guessing costs nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="106"/>
        <source>• Result: a scaled score from %1 to %2; %3 passes. Simulacro&apos;s scaled score is an estimate.</source>
        <translation>• Result: a scaled score from %1 to %2; %3 passes. Simulacro&apos;s scaled score is an estimate.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="111"/>
        <source>• You may flag items for review, strike out options you rule out and highlight words of the question. The review screen shows every item as unseen, incomplete or answered, and flagged.</source>
        <translation>• You may flag items for review, strike out options you rule out and highlight words of the question. The review screen shows every item as unseen, incomplete or answered, and flagged.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="116"/>
        <source>• Keys: %1 next, %2 previous, %3 flag, %4 review screen, %5 or %6 choose, %7 strike out, %8 highlight, %9 submit. %10 lists every key.</source>
        <translation>• Keys: %1 next, %2 previous, %3 flag, %4 review screen, %5 or %6 choose, %7 strike out, %8 highlight, %9 submit. %10 lists every key.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="132"/>
        <source>• Timed: about %2 minutes, the real exam&apos;s pace. You may pause (%1); the clock stops while Simulacro is closed.</source>
        <translation>• Timed: about %2 minutes, the real exam&apos;s pace. You may pause (%1); the clock stops while Simulacro is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="143"/>
        <source>• Check each answer (%1) once it is complete: right or wrong, with every reason.</source>
        <translation>• Check each answer (%1) once it is complete: right or wrong, with every reason.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="152"/>
        <source>• Keys: %1 next, %2 previous, %3 flag, %4 or %5 choose. %6 lists every key.</source>
        <translation>• Keys: %1 next, %2 previous, %3 flag, %4 or %5 choose. %6 lists every key.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_page.py" line="126"/>
        <source>• %n item(s) from the task statements you chose.</source>
        <translation>
            <numerusform>• %n item from the task statements you chose.</numerusform>
            <numerusform>• %n items from the task statements you chose.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="139"/>
        <source>• Untimed: the clock only counts the time used.</source>
        <translation>• Untimed: the clock only counts the time used.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="148"/>
        <source>• Under 30 scored items the result is the share right per task, with no pass or fail estimate.</source>
        <translation>• Under 30 scored items the result is the share right per task, with no pass or fail estimate.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="132"/>
        <source>Submit the exam?</source>
        <translation>Submit the exam?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="132"/>
        <source>Finish the practice?</source>
        <translation>Finish the practice?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="140"/>
        <source>You have answered %1 of %2 items.</source>
        <translation>You have answered %1 of %2 items.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="146"/>
        <source>%n item(s) unanswered: they will count as wrong.</source>
        <translation>
            <numerusform>%n item unanswered: it will count as wrong.</numerusform>
            <numerusform>%n items unanswered: they will count as wrong.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <location filename="../../ui/dialogs.py" line="152"/>
        <location filename="../../ui/dialogs.py" line="157"/>
        <source>Items: %1.</source>
        <translation>Items: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="151"/>
        <source>%n item(s) incomplete: a part answer gets no credit.</source>
        <translation>
            <numerusform>%n item incomplete: a part answer gets no credit.</numerusform>
            <numerusform>%n items incomplete: a part answer gets no credit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="156"/>
        <source>%n item(s) flagged for review.</source>
        <translation>
            <numerusform>%n item flagged for review.</numerusform>
            <numerusform>%n items flagged for review.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="160"/>
        <source>After finishing you cannot change any answer.</source>
        <translation>After finishing you cannot change any answer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>After submitting you cannot change any answer.</source>
        <translation>After submitting you cannot change any answer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="167"/>
        <source>Submit exam</source>
        <translation>Submit exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="167"/>
        <source>Finish the practice</source>
        <translation>Finish the practice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="168"/>
        <source>Keep practising</source>
        <translation>Keep practising</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="168"/>
        <source>Continue the exam</source>
        <translation>Continue the exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="171"/>
        <location filename="../../ui/dialogs.py" line="175"/>
        <source>Go to the review screen</source>
        <translation>Go to the review screen</translation>
    </message>
</context>
<context>
    <name>SystemDetail</name>
    <message>
        <location filename="../../ui/detail_text.py" line="13"/>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="14"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="15"/>
        <source>Operation not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="16"/>
        <source>Is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="17"/>
        <source>Not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="18"/>
        <source>No space left on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="19"/>
        <source>Read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="20"/>
        <source>File name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="21"/>
        <source>Too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="22"/>
        <source>Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="23"/>
        <source>Disk quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="24"/>
        <source>File too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="25"/>
        <source>Device or resource busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="26"/>
        <source>Too many open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="27"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="28"/>
        <source>Invalid argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="30"/>
        <source>block sequence entries are not allowed in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="33"/>
        <source>control characters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="34"/>
        <source>could not find expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="35"/>
        <source>could not find expected directive name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="38"/>
        <source>did not find URI escaped octet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="39"/>
        <source>did not find expected &apos;!&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="40"/>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="41"/>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="42"/>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="43"/>
        <source>did not find expected &lt;document start&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="46"/>
        <source>did not find expected alphabetic or numeric character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="49"/>
        <source>did not find expected comment or line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="52"/>
        <source>did not find expected digit or &apos;.&apos; character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="55"/>
        <source>did not find expected hexdecimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="58"/>
        <source>did not find expected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="59"/>
        <source>did not find expected node content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="60"/>
        <source>did not find expected tag URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="61"/>
        <source>did not find expected version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="62"/>
        <source>did not find expected whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="63"/>
        <source>did not find expected whitespace or line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="66"/>
        <source>did not find the expected &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="67"/>
        <source>exceeded maximum nesting depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="68"/>
        <source>found a tab character that violates indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="71"/>
        <source>found a tab character where an indentation space is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="74"/>
        <source>found an incorrect leading UTF-8 octet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="77"/>
        <source>found an incorrect trailing UTF-8 octet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="80"/>
        <source>found an indentation indicator equal to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="83"/>
        <source>found character that cannot start any token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="86"/>
        <source>found duplicate %TAG directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="87"/>
        <source>found duplicate %YAML directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="88"/>
        <source>found extremely long version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="89"/>
        <source>found incompatible YAML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="90"/>
        <source>found invalid Unicode character escape code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="93"/>
        <source>found undefined tag handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="94"/>
        <source>found unexpected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="95"/>
        <source>found unexpected document indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="96"/>
        <source>found unexpected end of stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="97"/>
        <source>found unexpected non-alphabetical character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="100"/>
        <source>found unknown directive name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="101"/>
        <source>found unknown escape character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="102"/>
        <source>incomplete UTF-8 octet sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="103"/>
        <source>input is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="104"/>
        <source>invalid Unicode character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="105"/>
        <source>invalid leading UTF-8 octet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="106"/>
        <source>invalid length of a UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="107"/>
        <source>invalid trailing UTF-8 octet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="108"/>
        <source>mapping keys are not allowed in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="111"/>
        <source>mapping values are not allowed in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="114"/>
        <source>syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="116"/>
        <source>a closing quote must be followed by the separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="119"/>
        <source>the file ends inside a quoted cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="120"/>
        <source>a cell is longer than the field limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="121"/>
        <source>a line break inside an unquoted cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="122"/>
        <source>binary data (NUL byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="124"/>
        <source>no element found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="125"/>
        <source>not well-formed (invalid token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="126"/>
        <source>unclosed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="127"/>
        <source>partial character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="128"/>
        <source>mismatched tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="129"/>
        <source>duplicate attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="130"/>
        <source>junk after document element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="131"/>
        <source>undefined entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="132"/>
        <source>reference to invalid character number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="133"/>
        <source>XML or text declaration not at start of entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="136"/>
        <source>unknown encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="137"/>
        <source>encoding specified in XML declaration is incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="140"/>
        <source>unclosed CDATA section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="141"/>
        <source>unbound prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="142"/>
        <source>XML declaration not well-formed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../ui/text_dialog.py" line="32"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ToolScreen</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="130"/>
        <location filename="../../ui/tool_pages.py" line="131"/>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>UnfinishedDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>An attempt is unfinished</source>
        <translation>An attempt is unfinished</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>an unfinished full exam</source>
        <translation>an unfinished full exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>an unfinished practice</source>
        <translation>an unfinished practice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="87"/>
        <source>You have %1 from %2: %3 of %4 answered.</source>
        <translation>You have %1 from %2: %3 of %4 answered.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="94"/>
        <source>Its clock keeps running until it is submitted.</source>
        <translation>Its clock keeps running until it is submitted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95"/>
        <source>Finish or set it aside before starting something else.</source>
        <translation>Finish or set it aside before starting something else.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="97"/>
        <source>Resume it</source>
        <translation>Resume it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="100"/>
        <source>Submit it now</source>
        <translation>Submit it now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="102"/>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="104"/>
        <location filename="../../ui/dialogs.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
