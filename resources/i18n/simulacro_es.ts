<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerReviewPage</name>
    <message>
        <location filename="../../ui/answer_review.py" line="202"/>
        <source>Double-check any item: its key, every reason and the links</source>
        <translation>Revisa cualquier pregunta: la respuesta correcta, cada explicación y los enlaces</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="224"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="225"/>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="226"/>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="227"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="228"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="229"/>
        <source>Task statement</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="230"/>
        <source>Items of the attempt</source>
        <translation>Preguntas del intento</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="231"/>
        <source>Report this question…</source>
        <translation>Informar de un error en esta pregunta…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="232"/>
        <source>Report this question</source>
        <translation>Informar de un error en esta pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="233"/>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="234"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="235"/>
        <source>Export to Anki or Moodle…</source>
        <translation>Exportar a Anki o Moodle…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="236"/>
        <source>Export these items to Anki, Moodle XML or GIFT</source>
        <translation>Exportar estas preguntas a Anki, Moodle XML o GIFT</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="237"/>
        <location filename="../../ui/answer_review.py" line="238"/>
        <source>Retake the ones I missed</source>
        <translation>Repetir las que fallé</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="239"/>
        <location filename="../../ui/answer_review.py" line="240"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>All items</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>Incorrect</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>Flagged</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="245"/>
        <source>Unanswered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="248"/>
        <source>All domains</source>
        <translation>Todos los dominios</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="250"/>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="251"/>
        <source>All task statements</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="274"/>
        <source>Full exam</source>
        <translation>Examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="274"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="278"/>
        <source>Answer review · attempt %1 (%2): %3 of %4 scored items right</source>
        <translation>Revisión de respuestas · intento %1 (%2): %3 de %4 preguntas puntuables correctas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/answer_review.py" line="285"/>
        <source>%n unscored item(s), marked [unscored]</source>
        <translation>
            <numerusform>%n pregunta sin puntuar, marcada [sin puntuar]</numerusform>
            <numerusform>%n preguntas sin puntuar, marcadas [sin puntuar]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="300"/>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="315"/>
        <source>Item %1 · Task %2 · %3</source>
        <translation>Pregunta %1 · Tarea %2 · %3</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Simulacro is already open with this database (%1). Use that window, or close it first.</source>
        <translation>Simulacro ya está abierto con esta base de datos (%1). Usa esa ventana o ciérrala primero.</translation>
    </message>
</context>
<context>
    <name>AttemptsModel</name>
    <message>
        <location filename="../../ui/models.py" line="214"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="215"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="216"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="218"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="234"/>
        <source>Full exam</source>
        <translation>Examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="236"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="238"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="241"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="243"/>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="250"/>
        <source>pass</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="252"/>
        <source>fail</source>
        <translation>no aprobado</translation>
    </message>
</context>
<context>
    <name>BankProblem</name>
    <message>
        <location filename="../../ui/problem_text.py" line="20"/>
        <source>not a regular file or folder</source>
        <translation>no es un archivo normal ni una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="21"/>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="22"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="23"/>
        <source>cannot read file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="24"/>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="25"/>
        <source>only one YAML document per file (found a second &apos;---&apos;)</source>
        <translation>solo se admite un documento YAML por archivo (hay un segundo &apos;---&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="26"/>
        <source>anchors and aliases (&amp;name, *name) are not allowed in bank files</source>
        <translation>los anclajes y alias (&amp;nombre, *nombre) no se admiten en los archivos del banco</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="27"/>
        <source>merge keys (&lt;&lt;) are not allowed in bank files</source>
        <translation>las claves de fusión (&lt;&lt;) no se admiten en los archivos del banco</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="28"/>
        <source>tags such as {tag} are not allowed in bank files</source>
        <translation>las etiquetas como {tag} no se admiten en los archivos del banco</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="29"/>
        <source>unsupported YAML node</source>
        <translation>nodo YAML no admitido</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="30"/>
        <source>nesting deeper than {depth} levels</source>
        <translation>anidamiento de más de {depth} niveles</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="31"/>
        <source>more than {count} values in one file</source>
        <translation>más de {count} valores en un solo archivo</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="32"/>
        <source>mapping keys must be plain text</source>
        <translation>las claves de un mapa deben ser texto simple</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="33"/>
        <source>key &apos;{key}&apos; appears twice</source>
        <translation>la clave &apos;{key}&apos; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="34"/>
        <source>text longer than {count} characters</source>
        <translation>texto de más de {count} caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="35"/>
        <source>control character U+{point} is not allowed in bank files</source>
        <translation>el carácter de control U+{point} no se admite en los archivos del banco</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="36"/>
        <source>bad value &apos;{value}&apos;: not {expected}</source>
        <translation>valor incorrecto &apos;{value}&apos;: no es {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="37"/>
        <source>not valid YAML: a tab where YAML needs spaces (indent with spaces, never tabs)</source>
        <translation>YAML no válido: hay un tabulador donde YAML necesita espacios (sangra con espacios, nunca con tabuladores)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="40"/>
        <source>not valid YAML: {detail}</source>
        <translation>YAML no válido: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="41"/>
        <source>nesting too deep</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="42"/>
        <source>file larger than {size} MB</source>
        <translation>archivo de más de {size} MB</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="43"/>
        <source>not UTF-8 text (looks like {encoding}); save the file as UTF-8</source>
        <translation>no es texto UTF-8 (parece {encoding}); guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="44"/>
        <source>binary data (NUL byte) in a text file</source>
        <translation>datos binarios (byte NUL) en un archivo de texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="45"/>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>no es texto UTF-8 (byte 0x{byte}); guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="46"/>
        <source>a bank file is a mapping with exam, language and items</source>
        <translation>un archivo del banco es un mapa con &apos;exam&apos;, &apos;language&apos; e &apos;items&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="47"/>
        <source>missing or invalid field &apos;exam&apos;</source>
        <translation>falta el campo &apos;exam&apos; o no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="48"/>
        <source>field &apos;language&apos; must be es or en</source>
        <translation>el campo &apos;language&apos; debe ser &apos;es&apos; o &apos;en&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="49"/>
        <source>unknown top-level field {field}</source>
        <translation>campo de primer nivel desconocido: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="50"/>
        <source>no blueprint.yaml found for exam &apos;{exam}&apos;</source>
        <translation>no se encuentra blueprint.yaml para el examen &apos;{exam}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="51"/>
        <source>&apos;{field}&apos; must be a list</source>
        <translation>&apos;{field}&apos; debe ser una lista</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="52"/>
        <source>duplicate id (first used at {first})</source>
        <translation>identificador repetido (usado antes en {first})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="53"/>
        <source>unknown item field {field} (ignored; a typo?)</source>
        <translation>campo de pregunta desconocido: {field} (se ignora; ¿una errata?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="54"/>
        <source>unknown case study field {field} (ignored; a typo?)</source>
        <translation>campo de caso práctico desconocido: {field} (se ignora; ¿una errata?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="55"/>
        <source>unknown option {number} field {field} (ignored; a typo?)</source>
        <translation>campo desconocido en la opción {number}: {field} (se ignora; ¿una errata?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="58"/>
        <source>unknown prompt {number} field {field} (ignored; a typo?)</source>
        <translation>campo desconocido en el enunciado {number}: {field} (se ignora; ¿una errata?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="61"/>
        <source>unknown response {number} field {field} (ignored; a typo?)</source>
        <translation>campo desconocido en la respuesta {number}: {field} (se ignora; ¿una errata?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="64"/>
        <source>unknown step {number} field {field} (ignored; a typo?)</source>
        <translation>campo desconocido en el paso {number}: {field} (se ignora; ¿una errata?)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="65"/>
        <source>verified must be a date such as 2026-11-27</source>
        <translation>&apos;verified&apos; debe ser una fecha como 2026-11-27</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="66"/>
        <source>kind must be application or recall</source>
        <translation>&apos;kind&apos; debe ser &apos;application&apos; o &apos;recall&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="67"/>
        <source>covers must be a list of concept or svc: ids</source>
        <translation>&apos;covers&apos; debe ser una lista de identificadores de concepto o &apos;svc:&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="68"/>
        <source>covers names a concept twice</source>
        <translation>&apos;covers&apos; nombra un concepto dos veces</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="69"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation>falta el campo &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="70"/>
        <source>&apos;{field}&apos; must be non-empty text</source>
        <translation>&apos;{field}&apos; debe ser un texto no vacío</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="71"/>
        <source>an item must be a mapping of fields</source>
        <translation>una pregunta debe ser un mapa de campos</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="72"/>
        <source>difficulty must be 1, 2 or 3</source>
        <translation>&apos;difficulty&apos; debe ser 1, 2 o 3</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="73"/>
        <source>tags must be a list of text</source>
        <translation>&apos;tags&apos; debe ser una lista de textos</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="74"/>
        <source>id must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (max 80), not {value}</source>
        <translation>&apos;id&apos; debe llevar minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (80 como mucho), no {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="77"/>
        <source>task must be quoted text such as &quot;4.1&quot;</source>
        <translation>&apos;task&apos; debe ser un texto entre comillas, como &quot;4.1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="78"/>
        <source>unknown task statement {value}</source>
        <translation>tarea desconocida: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="79"/>
        <source>unknown type {value} (use {types})</source>
        <translation>tipo desconocido: {value} (usa {types})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="80"/>
        <source>references must be a non-empty list of URLs</source>
        <translation>&apos;references&apos; debe ser una lista no vacía de URL</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="81"/>
        <source>reference {number} is not an https link: {reason}</source>
        <translation>la referencia {number} no es un enlace https: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="82"/>
        <source>field &apos;{field}&apos; does not belong to a {kind} item</source>
        <translation>el campo &apos;{field}&apos; no corresponde a una pregunta de tipo &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="83"/>
        <source>option {number} must be a mapping with text, why and correct</source>
        <translation>la opción {number} debe ser un mapa con &apos;text&apos;, &apos;why&apos; y &apos;correct&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="84"/>
        <source>option {number}: correct must be true or false</source>
        <translation>opción {number}: &apos;correct&apos; debe ser &apos;true&apos; o &apos;false&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="85"/>
        <source>two options have the same text</source>
        <translation>dos opciones tienen el mismo texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="86"/>
        <source>a single item has exactly 4 options, found {found}</source>
        <translation>una pregunta de tipo &apos;single&apos; tiene exactamente 4 opciones; esta tiene {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="87"/>
        <source>a single item has exactly 1 correct option, found {found}</source>
        <translation>una pregunta de tipo &apos;single&apos; tiene exactamente 1 opción correcta; esta tiene {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="88"/>
        <source>a multiple item has at least 5 options, found {found}</source>
        <translation>una pregunta de tipo &apos;multiple&apos; tiene al menos 5 opciones; esta tiene {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="89"/>
        <source>a multiple item has at most {most} options, found {found}</source>
        <translation>una pregunta de tipo &apos;multiple&apos; tiene como mucho {most} opciones; esta tiene {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="90"/>
        <source>a multiple item has at least 2 correct options, found {found}</source>
        <translation>una pregunta de tipo &apos;multiple&apos; tiene al menos 2 opciones correctas; esta tiene {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="93"/>
        <source>a multiple item needs at least one incorrect option</source>
        <translation>una pregunta de tipo &apos;multiple&apos; necesita al menos una opción incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="94"/>
        <source>response {number} must be {{key, text}}</source>
        <translation>la respuesta {number} debe ser &apos;{{key, text}}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="95"/>
        <source>response {number} needs a text key</source>
        <translation>la respuesta {number} necesita una clave de texto (&apos;key&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="96"/>
        <source>two responses share a key</source>
        <translation>dos respuestas comparten clave</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="97"/>
        <source>a matching item needs at least 2 responses</source>
        <translation>una pregunta de relacionar necesita al menos 2 respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="98"/>
        <source>a matching item has 3 to 7 prompts, found {found}</source>
        <translation>una pregunta de relacionar tiene de 3 a 7 enunciados; esta tiene {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="99"/>
        <source>prompt {number} must be {{text, answer}}</source>
        <translation>el enunciado {number} debe ser &apos;{{text, answer}}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="100"/>
        <source>prompt {number} needs an answer key</source>
        <translation>el enunciado {number} necesita una clave de respuesta (&apos;answer&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="101"/>
        <source>prompt {number}: undefined response key {value}</source>
        <translation>enunciado {number}: la clave de respuesta {value} no está definida</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="102"/>
        <source>two prompts have the same text</source>
        <translation>dos enunciados tienen el mismo texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="103"/>
        <source>an ordering item has 3 to 5 steps, found {found}</source>
        <translation>una pregunta de ordenar tiene de 3 a 5 pasos; esta tiene {found}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="104"/>
        <source>step {number} must be text or {{text, why}}</source>
        <translation>el paso {number} debe ser un texto o &apos;{{text, why}}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="105"/>
        <source>two steps have the same text</source>
        <translation>dos pasos tienen el mismo texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="106"/>
        <source>a case study must be a mapping with id, scenario and items</source>
        <translation>un caso práctico debe ser un mapa con &apos;id&apos;, &apos;scenario&apos; e &apos;items&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="107"/>
        <source>case study needs a valid id</source>
        <translation>el caso práctico necesita un identificador válido</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="108"/>
        <source>a case study needs a list of at least 2 items</source>
        <translation>un caso práctico necesita una lista de al menos 2 preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="109"/>
        <source>covers an unknown concept {value}</source>
        <translation>&apos;covers&apos; nombra un concepto desconocido: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="110"/>
        <source>covers an unknown service {value}</source>
        <translation>&apos;covers&apos; nombra un servicio desconocido: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="111"/>
        <source>a blueprint must be a mapping of fields</source>
        <translation>la guía del examen debe ser un mapa de campos</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="112"/>
        <source>cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="113"/>
        <source>field &apos;{field}&apos; has the wrong type ({expected} expected)</source>
        <translation>el campo &apos;{field}&apos; tiene un tipo incorrecto (se esperaba {expected})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="114"/>
        <source>&apos;{field}&apos; must be between {low} and {high}, not {value}</source>
        <translation>&apos;{field}&apos; debe estar entre {low} y {high}, no {value}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="115"/>
        <source>unknown field {field} in the blueprint</source>
        <translation>campo desconocido {field} en la guía del examen</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="116"/>
        <source>unknown field {field} in &apos;scale&apos;</source>
        <translation>campo desconocido {field} en &apos;scale&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="117"/>
        <source>unknown field {field} in &apos;{key}&apos; (use es and en)</source>
        <translation>campo desconocido {field} en &apos;{key}&apos; (usa &apos;es&apos; y &apos;en&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="118"/>
        <source>unknown field {field} in domain {number}</source>
        <translation>campo desconocido {field} en el dominio {number}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="119"/>
        <source>unknown field {field} in task {number}</source>
        <translation>campo desconocido {field} en la tarea {number}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="120"/>
        <source>unknown field {field} in resource {number}</source>
        <translation>campo desconocido {field} en el recurso {number}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="121"/>
        <source>&apos;{field}&apos; must not be empty</source>
        <translation>&apos;{field}&apos; no debe estar vacío</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="122"/>
        <source>&apos;{field}&apos; is longer than {count} characters</source>
        <translation>&apos;{field}&apos; tiene más de {count} caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="123"/>
        <source>exam code {value} must be lowercase letters, digits, . _ -</source>
        <translation>el código de examen {value} debe llevar minúsculas, dígitos, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="124"/>
        <source>items_unscored must be fewer than items_total</source>
        <translation>&apos;items_unscored&apos; debe ser menor que &apos;items_total&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="125"/>
        <source>scale.min ({low}) must be below scale.max ({high})</source>
        <translation>&apos;scale.min&apos; ({low}) debe ser menor que &apos;scale.max&apos; ({high})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="126"/>
        <source>scale.pass ({mark}) must lie between scale.min and scale.max</source>
        <translation>&apos;scale.pass&apos; ({mark}) debe estar entre &apos;scale.min&apos; y &apos;scale.max&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="127"/>
        <source>each scaled_estimate entry is [share 0..1, score]</source>
        <translation>cada entrada de &apos;scaled_estimate&apos; es [proporción 0..1, puntuación]</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="128"/>
        <source>scaled_estimate must run from 0.0 to 1.0 with rising shares (at least 2 points)</source>
        <translation>&apos;scaled_estimate&apos; debe ir de 0.0 a 1.0 con proporciones crecientes (al menos 2 puntos)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="131"/>
        <source>scaled_estimate scores must not fall as the share right rises</source>
        <translation>las puntuaciones de &apos;scaled_estimate&apos; no deben bajar cuando sube la proporción de aciertos</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="132"/>
        <source>scaled_estimate scores must lie within the scale ({low}..{high})</source>
        <translation>las puntuaciones de &apos;scaled_estimate&apos; deben estar dentro de la escala ({low}..{high})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="135"/>
        <source>scaled_estimate never reaches scale.pass ({mark}): even every item right would fail</source>
        <translation>&apos;scaled_estimate&apos; nunca llega a &apos;scale.pass&apos; ({mark}): ni con todas las preguntas bien se aprobaría</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="138"/>
        <source>&apos;{field}&apos; must name at least one item type</source>
        <translation>&apos;{field}&apos; debe nombrar al menos un tipo de pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="139"/>
        <source>unknown item type {value} in &apos;{field}&apos; (use {known})</source>
        <translation>tipo de pregunta desconocido {value} en &apos;{field}&apos; (usa {known})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="140"/>
        <source>&apos;{field}&apos; names a type twice</source>
        <translation>&apos;{field}&apos; nombra un tipo dos veces</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="141"/>
        <source>a blueprint needs at least one domain</source>
        <translation>la guía del examen necesita al menos un dominio</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="142"/>
        <source>a domain must be a mapping with id, weight and title</source>
        <translation>un dominio debe ser un mapa con &apos;id&apos;, &apos;weight&apos; y &apos;title&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="143"/>
        <source>domain {domain} appears twice</source>
        <translation>el dominio {domain} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="144"/>
        <source>a task must be a mapping with id, title, covers and resources</source>
        <translation>una tarea debe ser un mapa con &apos;id&apos;, &apos;title&apos;, &apos;covers&apos; y &apos;resources&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="145"/>
        <source>task id {value} does not name a domain (use &quot;N.M&quot;)</source>
        <translation>el identificador de tarea {value} no nombra un dominio (usa &quot;N.M&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="146"/>
        <source>task {value} appears twice</source>
        <translation>la tarea {value} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="147"/>
        <source>domain {domain} has no task statements</source>
        <translation>el dominio {domain} no tiene tareas</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="148"/>
        <source>resources are a list of {{title, url}} entries</source>
        <translation>&apos;resources&apos; es una lista de entradas &apos;{{title, url}}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="149"/>
        <source>resource {number} is not an https link: {reason}</source>
        <translation>el recurso {number} no es un enlace https: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="150"/>
        <source>a catalogue file holds a list &apos;{key}&apos;</source>
        <translation>un archivo del catálogo contiene una lista &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="151"/>
        <source>a service is a mapping with an id</source>
        <translation>un servicio es un mapa con un &apos;id&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="152"/>
        <source>a concept is a mapping with an id</source>
        <translation>un concepto es un mapa con un &apos;id&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="153"/>
        <source>service id must read &apos;{shape}&apos;</source>
        <translation>el identificador de servicio debe tener la forma &apos;{shape}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="154"/>
        <source>concept id must read &apos;{shape}&apos;</source>
        <translation>el identificador de concepto debe tener la forma &apos;{shape}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="155"/>
        <source>duplicate service id</source>
        <translation>identificador de servicio repetido</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="156"/>
        <source>duplicate concept id</source>
        <translation>identificador de concepto repetido</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="157"/>
        <source>status must be one of {statuses}</source>
        <translation>&apos;status&apos; debe ser uno de estos: {statuses}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="158"/>
        <source>a service with a status needs &apos;checked: YYYY-MM-DD&apos;</source>
        <translation>un servicio con estado necesita &apos;checked: AAAA-MM-DD&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="159"/>
        <source>a service with a status needs an https &apos;source&apos;</source>
        <translation>un servicio con estado necesita una fuente https (&apos;source&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="160"/>
        <source>source must be one of {sources}</source>
        <translation>&apos;source&apos; debe ser uno de estos: {sources}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="161"/>
        <source>a mapping file maps each category to a task statement, e.g. &apos;Seguridad: &quot;5.1&quot;&apos;</source>
        <translation>un archivo de correspondencias asigna a cada categoría una tarea, p. ej. &apos;Seguridad: &quot;5.1&quot;&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="164"/>
        <source>category &apos;{category}&apos; must map to a task statement such as &quot;4.1&quot;</source>
        <translation>la categoría &apos;{category}&apos; debe corresponder a una tarea como &quot;4.1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="167"/>
        <source>category &apos;{category}&apos; maps to an unknown task statement &apos;{task}&apos;</source>
        <translation>la categoría &apos;{category}&apos; corresponde a una tarea desconocida: &apos;{task}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="170"/>
        <source>category &apos;{category}&apos;: no task statement for this question (give --task, or a --map file)</source>
        <translation>categoría &apos;{category}&apos;: esta pregunta no tiene tarea (indica --task o un archivo --map)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="173"/>
        <source>no category: no task statement for this question (give --task, or a --map file)</source>
        <translation>sin categoría: esta pregunta no tiene tarea (indica --task o un archivo --map)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="176"/>
        <source>task &apos;{task}&apos; is not a task statement of {exam}: no task statement for this question (give --task, or a --map file)</source>
        <translation>&apos;{task}&apos; no es una tarea de {exam}: esta pregunta no tiene tarea (indica --task o un archivo --map)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="181"/>
        <source>the question text is empty</source>
        <translation>el texto de la pregunta está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="182"/>
        <source>an answer is empty</source>
        <translation>una respuesta está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="183"/>
        <source>a one-answer question needs exactly 4 options, 1 right; this one has {count} with {right} right</source>
        <translation>una pregunta de una respuesta necesita exactamente 4 opciones, 1 correcta; esta tiene opciones: {count}, correctas: {right}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="186"/>
        <source>a several-answer question needs 5 or more options, 2 or more right and 1 or more wrong; this one has {count} with {right} right</source>
        <translation>una pregunta de varias respuestas necesita 5 opciones o más, 2 o más correctas y 1 o más incorrectas; esta tiene opciones: {count}, correctas: {right}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="191"/>
        <source>two answers have the same text</source>
        <translation>dos respuestas tienen el mismo texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="192"/>
        <source>a matching pair is empty</source>
        <translation>una pareja de relacionar está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="193"/>
        <source>two matching prompts have the same text</source>
        <translation>dos enunciados de relacionar tienen el mismo texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="194"/>
        <source>cannot tell the format: not Moodle XML, GIFT, Aiken or the CSV layout of FORMAT.md</source>
        <translation>no se reconoce el formato: no es Moodle XML, GIFT, Aiken ni el formato CSV de FORMAT.md</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="197"/>
        <source>no blueprint for exam &apos;{exam}&apos;</source>
        <translation>no hay guía para el examen &apos;{exam}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="198"/>
        <source>--task {task} is not a task statement of {exam}</source>
        <translation>--task {task} no es una tarea de {exam}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="199"/>
        <source>--reference {url} is not a safe https link: {reason}</source>
        <translation>--reference {url} no es un enlace https seguro: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="200"/>
        <source>reference {url} is not a safe https link: {reason}</source>
        <translation>la referencia {url} no es un enlace https seguro: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="201"/>
        <source>missing field &apos;references&apos;: give --reference URL (a page that supports the key)</source>
        <translation>falta el campo &apos;references&apos;: indica --reference URL (una página que respalde la clave)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="204"/>
        <source>no questions found</source>
        <translation>no se encontró ninguna pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="205"/>
        <source>nothing written: the conversion has problems (see above)</source>
        <translation>no se ha escrito nada: la conversión tiene problemas (ver arriba)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="206"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="207"/>
        <source>{folder} is a link; name a real folder</source>
        <translation>{folder} es un enlace; indica una carpeta real</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="208"/>
        <source>{folder} holds other files ({name}…); name a new or empty folder</source>
        <translation>{folder} contiene otros archivos ({name}…); indica una carpeta nueva o vacía</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="211"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>no se puede crear {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="212"/>
        <source>holds {what}, which Simulacro cannot show</source>
        <translation>contiene {what}, que Simulacro no puede mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="213"/>
        <source>question type &apos;{lacking}&apos; has no Simulacro counterpart</source>
        <translation>el tipo de pregunta &apos;{lacking}&apos; no tiene equivalente en Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="214"/>
        <source>line {number}: text after the options where ANSWER: was expected</source>
        <translation>línea {number}: hay texto tras las opciones donde se esperaba &apos;ANSWER:&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="217"/>
        <source>the last question has no &apos;ANSWER:&apos; line</source>
        <translation>la última pregunta no tiene línea &apos;ANSWER:&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="218"/>
        <source>an ANSWER: line without a question and lettered options before it</source>
        <translation>una línea &apos;ANSWER:&apos; sin pregunta ni opciones con letra antes</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="221"/>
        <source>ANSWER: {key} names no option of this question</source>
        <translation>&apos;ANSWER: {key}&apos; no nombra ninguna opción de esta pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="222"/>
        <source>the first row must name the columns, with at least &apos;question&apos; and &apos;answer&apos;</source>
        <translation>la primera fila debe nombrar las columnas, al menos &apos;question&apos; y &apos;answer&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="225"/>
        <source>unknown column(s) {columns} (see FORMAT.md, &apos;Questions from a spreadsheet&apos;)</source>
        <translation>columnas desconocidas: {columns} (consulta en FORMAT.md la sección de las hojas de cálculo)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="228"/>
        <source>not valid CSV: {detail}</source>
        <translation>CSV no válido: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="229"/>
        <source>the row has more cells than the header has columns</source>
        <translation>la fila tiene más celdas que columnas la cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="230"/>
        <source>&apos;answer&apos; must name option letters of this row ({letters})</source>
        <translation>&apos;answer&apos; debe nombrar letras de opción de esta fila ({letters})</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="231"/>
        <source>type &apos;{kind}&apos; is not single, multiple or ordering in a CSV</source>
        <translation>el tipo &apos;{kind}&apos; no es &apos;single&apos;, &apos;multiple&apos; ni &apos;ordering&apos; en un CSV</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="232"/>
        <source>an ordering row&apos;s &apos;answer&apos; lists every step letter in the right order</source>
        <translation>en una fila de ordenar, &apos;answer&apos; enumera todas las letras de los pasos en el orden correcto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="235"/>
        <source>a title opened with :: is never closed</source>
        <translation>un título abierto con :: nunca se cierra</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="236"/>
        <source>no answer block {{ ... }}: a description, not a question</source>
        <translation>sin bloque de respuestas {{ ... }}: es una descripción, no una pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="237"/>
        <source>the answer block {{ is never closed with }}</source>
        <translation>el bloque de respuestas {{ nunca se cierra con }}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="238"/>
        <source>a &apos;missing word&apos; question (text after the answers) has no counterpart</source>
        <translation>una pregunta de &apos;palabra que falta&apos; (texto tras las respuestas) no tiene equivalente</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="241"/>
        <source>a matching pair lacks its &apos;-&gt;&apos;</source>
        <translation>a una pareja de relacionar le falta su &apos;-&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="242"/>
        <source>elements nested too deep to be a Moodle quiz</source>
        <translation>elementos anidados a demasiada profundidad para ser un cuestionario de Moodle</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="243"/>
        <source>not well-formed XML: {detail}</source>
        <translation>XML mal formado: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="244"/>
        <source>a Moodle XML file starts with &lt;quiz&gt;, not &lt;{tag}&gt;</source>
        <translation>un archivo Moodle XML empieza con &apos;&lt;quiz&gt;&apos;, no con &apos;&lt;{tag}&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="245"/>
        <source>an answer&apos;s fraction is not a number</source>
        <translation>la fracción de una respuesta no es un número</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="246"/>
        <source>an answer gives partial credit; Simulacro scores all or nothing</source>
        <translation>una respuesta da puntuación parcial; Simulacro puntúa todo o nada</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="249"/>
        <source>refused: the file declares {declared} (DTDs and entities are never read or expanded)</source>
        <translation>rechazado: el archivo declara {declared} (nunca se leen ni se expanden DTD ni entidades)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="261"/>
        <source>more than %n error(s); stopped checking this file</source>
        <translation>
            <numerusform>más de %n error; se dejó de revisar este archivo</numerusform>
            <numerusform>más de %n errores; se dejó de revisar este archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="262"/>
        <source>%n question(s): split the file (at most {most} per pack)</source>
        <translation>
            <numerusform>%n pregunta: divide el archivo (como mucho {most} por paquete)</numerusform>
            <numerusform>%n preguntas: divide el archivo (como mucho {most} por paquete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="264"/>
        <source>the source gives no feedback for %n answer(s) or explanation(s); the items say so</source>
        <translation>
            <numerusform>el origen no trae comentario para %n respuesta o explicación; las preguntas lo indican</numerusform>
            <numerusform>el origen no trae comentario para %n respuestas o explicaciones; las preguntas lo indican</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="266"/>
        <source>an ordering question needs 3 to 5 steps; this one has %n step(s)</source>
        <translation>
            <numerusform>una pregunta de ordenar necesita de 3 a 5 pasos; esta tiene %n paso</numerusform>
            <numerusform>una pregunta de ordenar necesita de 3 a 5 pasos; esta tiene %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_text.py" line="268"/>
        <source>a matching question needs 3 to 7 pairs and 2 or more answers; this one has %n pair(s)</source>
        <translation>
            <numerusform>una pregunta de relacionar necesita de 3 a 7 parejas y 2 respuestas o más; esta tiene %n pareja</numerusform>
            <numerusform>una pregunta de relacionar necesita de 3 a 7 parejas y 2 respuestas o más; esta tiene %n parejas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="275"/>
        <source>a mapping</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="276"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="277"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="278"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="279"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="280"/>
        <source>true or false</source>
        <translation>&apos;true&apos; o &apos;false&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="281"/>
        <source>null</source>
        <translation>nulo</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="282"/>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="283"/>
        <source>a date value</source>
        <translation>un valor de fecha</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="284"/>
        <source>a datetime value</source>
        <translation>un valor de fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="285"/>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="286"/>
        <source>a formula</source>
        <translation>una fórmula</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="287"/>
        <source>embedded media</source>
        <translation>contenido multimedia incrustado</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="288"/>
        <source>a DTD</source>
        <translation>una DTD</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="289"/>
        <source>an entity</source>
        <translation>una entidad</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="290"/>
        <source>an external</source>
        <translation>una referencia externa</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="291"/>
        <source>a DTD or entity</source>
        <translation>una DTD o entidad</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="292"/>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="293"/>
        <source>short answer</source>
        <translation>respuesta corta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="294"/>
        <source>numerical</source>
        <translation>numérica</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="295"/>
        <source>essay</source>
        <translation>ensayo</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="296"/>
        <source>embedded answers (Cloze)</source>
        <translation>respuestas incrustadas (Cloze)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="297"/>
        <source>calculated</source>
        <translation>calculada</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="298"/>
        <source>calculated multichoice</source>
        <translation>calculada de opción múltiple</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="299"/>
        <source>drag and drop into text</source>
        <translation>arrastrar y soltar en el texto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="300"/>
        <source>drag and drop onto image</source>
        <translation>arrastrar y soltar sobre una imagen</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="301"/>
        <source>drag and drop markers</source>
        <translation>marcadores de arrastrar y soltar</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="302"/>
        <source>select missing words</source>
        <translation>seleccionar palabras que faltan</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="303"/>
        <source>random short-answer matching</source>
        <translation>emparejamiento aleatorio de respuesta corta</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="304"/>
        <source>random question</source>
        <translation>pregunta aleatoria</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="305"/>
        <source>untyped</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="306"/>
        <source>a link must be non-empty text</source>
        <translation>un enlace debe ser un texto no vacío</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="307"/>
        <source>a link is at most 2000 characters</source>
        <translation>un enlace tiene como mucho 2000 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="308"/>
        <source>a link must not hold spaces, control, bidi or invisible characters</source>
        <translation>un enlace no debe contener espacios ni caracteres de control, bidireccionales o invisibles</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="311"/>
        <source>a link must start with https://</source>
        <translation>un enlace debe empezar por https://</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="312"/>
        <source>a link must not hold a backslash</source>
        <translation>un enlace no debe contener una barra invertida</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="313"/>
        <source>a link must be a well-formed URL</source>
        <translation>un enlace debe ser una URL bien formada</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="314"/>
        <source>a link must not carry a user name or password (text before &apos;@&apos;)</source>
        <translation>un enlace no debe llevar usuario ni contraseña (texto antes de &apos;@&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_text.py" line="317"/>
        <source>a link must name a host such as docs.aws.amazon.com (non-ASCII hosts in punycode)</source>
        <translation>un enlace debe nombrar un servidor como docs.aws.amazon.com (los nombres no ASCII, en punycode)</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/classroom.py" line="78"/>
        <location filename="../../ui/classroom.py" line="79"/>
        <source>Who are you?</source>
        <translation>¿Quién eres?</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="81"/>
        <source>This database is shared by a class. Choose your name, or add yours as a new candidate.</source>
        <translation>Esta base de datos la comparte una clase. Elige tu nombre o añade el tuyo como candidato nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="89"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="92"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="95"/>
        <source>New candidate: a name or alias</source>
        <translation>Candidato nuevo: un nombre o alias</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="96"/>
        <source>New candidate</source>
        <translation>Candidato nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="98"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>CandidateNameDialog</name>
    <message>
        <location filename="../../ui/save_dialogs.py" line="43"/>
        <source>Name on the report</source>
        <translation>Nombre en el informe</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="46"/>
        <source>Candidate name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="48"/>
        <source>The name printed on the PDF report. Leave it empty to print none.</source>
        <translation>El nombre que se imprime en el informe PDF. Déjalo vacío para no imprimir ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="50"/>
        <source>Candidate name:</source>
        <translation>Nombre del candidato:</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="54"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../../ui/item_views.py" line="222"/>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="226"/>
        <source>Choose this option (key %1 or %2)</source>
        <translation>Elegir esta opción (tecla %1 o %2)</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="231"/>
        <source>Restore option</source>
        <translation>Quitar el tachado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="231"/>
        <source>Strike out option</source>
        <translation>Tachar opción</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="241"/>
        <source>correct</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="243"/>
        <source>your choice</source>
        <translation>tu respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="261"/>
        <source>You have already chosen %1 options. Clear one to choose another.</source>
        <translation>Ya elegiste %1 opciones. Desmarca una para elegir otra.</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../ui/coach_panel.py" line="52"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="52"/>
        <source>S&amp;tart</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="53"/>
        <source>Start the recommended next step</source>
        <translation>Empezar el siguiente paso recomendado</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="56"/>
        <source>Your study coach</source>
        <translation>Tu guía de estudio</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="61"/>
        <source>No estimate yet: your own answers build it (a full exam gives the best start).</source>
        <translation>Aún no hay estimación: se construye con tus respuestas (un examen completo es el mejor comienzo).</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="62"/>
        <source>Estimated score %1 (likely %2–%3) · %4 % chance of reaching 700</source>
        <translation>Puntuación estimada %1 (probablemente %2–%3) · %4 % de probabilidad de llegar a 700</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="84"/>
        <source>D%1: %2 %</source>
        <translation>D%1: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="91"/>
        <source>Domain %1, %2: mastery %3 %</source>
        <translation>Dominio %1, %2: dominio del %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="105"/>
        <source>full exam</source>
        <translation>examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="105"/>
        <source>practice</source>
        <translation>práctica</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="106"/>
        <source>Next: resume your unfinished %1.</source>
        <translation>Siguiente paso: reanuda tu %1 sin terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="108"/>
        <source>Next: a first full exam, to give every domain and task statement a starting point.</source>
        <translation>Siguiente paso: un primer examen completo, para que cada dominio y tarea tenga un punto de partida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="112"/>
        <source>Next: your exam is %n day(s) away, so sit a full exam under real conditions.</source>
        <translation>
            <numerusform>Siguiente paso: falta %n día para tu examen; haz un examen completo en condiciones reales.</numerusform>
            <numerusform>Siguiente paso: faltan %n días para tu examen; haz un examen completo en condiciones reales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="115"/>
        <source>Next: you look ready, so check it with a full exam under real conditions.</source>
        <translation>Siguiente paso: tu nivel parece suficiente; compruébalo con un examen completo en condiciones reales.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="117"/>
        <source>Next: %n missed item(s) are due again: a weak-area drill.</source>
        <translation>
            <numerusform>Siguiente paso: un repaso de puntos débiles (%n pregunta fallada pendiente de repaso).</numerusform>
            <numerusform>Siguiente paso: un repaso de puntos débiles (%n preguntas falladas pendientes de repaso).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coach_panel.py" line="120"/>
        <source>Next: %1 items on your weakest task statement, %2 %3, with instant feedback.</source>
        <translation>Siguiente paso: %1 preguntas de tu tarea más floja, %2 %3, con corrección inmediata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="126"/>
        <source>Exam in %n day(s)</source>
        <translation>
            <numerusform>Examen en %n día</numerusform>
            <numerusform>Examen en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="127"/>
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n pregunta para repasar hoy</numerusform>
            <numerusform>%n preguntas para repasar hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coach_panel.py" line="128"/>
        <source>Study streak: %n day(s)</source>
        <translation>
            <numerusform>Racha de estudio: %n día</numerusform>
            <numerusform>Racha de estudio: %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortCandidatesModel</name>
    <message>
        <location filename="../../ui/classroom.py" line="357"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="358"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="359"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="360"/>
        <source>95 % range</source>
        <translation>Intervalo 95 %</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="361"/>
        <source>P(pass)</source>
        <translation>P(aprobar)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="362"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <location filename="../../ui/classroom.py" line="479"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="480"/>
        <source>Candidates by readiness</source>
        <translation>Candidatos por preparación</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="481"/>
        <source>Mastery per task statement</source>
        <translation>Dominio por tarea</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="482"/>
        <source>Include simulated attempts</source>
        <translation>Incluir intentos simulados</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="483"/>
        <source>Cohort PDF…</source>
        <translation>PDF de la cohorte…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="484"/>
        <source>Save the cohort report as PDF</source>
        <translation>Guardar el informe de la cohorte en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="485"/>
        <location filename="../../ui/classroom.py" line="486"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="498"/>
        <source>%n candidate(s) with finished attempts</source>
        <translation>
            <numerusform>%n candidato con intentos terminados</numerusform>
            <numerusform>%n candidatos con intentos terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="499"/>
        <source>%n likely to pass (P ≥ 70 %)</source>
        <translation>
            <numerusform>%n con probabilidad de aprobar (P ≥ 70 %)</numerusform>
            <numerusform>%n con probabilidad de aprobar (P ≥ 70 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="500"/>
        <source>%n item(s) to revise.</source>
        <translation>
            <numerusform>%n pregunta por revisar.</numerusform>
            <numerusform>%n preguntas por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="505"/>
        <source>Weakest task statements of the cohort: %1</source>
        <translation>Tareas más débiles de la cohorte: %1</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <location filename="../../ui/error_text.py" line="13"/>
        <source>There is no item {number} in this exam of {count}.</source>
        <translation>No hay pregunta {number} en este examen de {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="14"/>
        <source>This exam has been submitted; its answers can no longer change.</source>
        <translation>Este examen ya se entregó; sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="15"/>
        <source>A full-length exam cannot be paused, as in the real test.</source>
        <translation>Un examen completo no se puede pausar, igual que en el examen real.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="16"/>
        <source>Time is up: the exam is being submitted with the answers given.</source>
        <translation>Se acabó el tiempo: el examen se está entregando con las respuestas dadas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="17"/>
        <source>The exam is paused; resume it to answer.</source>
        <translation>El examen está en pausa; reanúdalo para responder.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="18"/>
        <source>This item was already checked; its answer is final.</source>
        <translation>Esta pregunta ya se comprobó; su respuesta es definitiva.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="19"/>
        <source>Instant feedback is off for this exam.</source>
        <translation>La corrección inmediata está desactivada en este examen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="20"/>
        <source>Answer the item completely before checking it.</source>
        <translation>Responde la pregunta por completo antes de comprobarla.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="21"/>
        <source>Only the options of a choice item can be struck out.</source>
        <translation>Solo se pueden tachar las opciones de una pregunta de elección.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="22"/>
        <source>The exam has not been submitted yet.</source>
        <translation>El examen aún no se ha entregado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="23"/>
        <source>An answer must be a list.</source>
        <translation>Una respuesta debe ser una lista.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="24"/>
        <source>Options are numbered 0 to {last}.</source>
        <translation>Las opciones van numeradas de 0 a {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="25"/>
        <source>An option was chosen twice.</source>
        <translation>Se eligió una opción dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="26"/>
        <source>This item takes one option.</source>
        <translation>Esta pregunta admite una sola opción.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="27"/>
        <source>This item takes {count} options.</source>
        <translation>Esta pregunta admite {count} opciones.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="28"/>
        <source>An order must use every step exactly once.</source>
        <translation>Un orden debe usar cada paso exactamente una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="29"/>
        <source>A matching answer names one known response (or none) per prompt.</source>
        <translation>Una respuesta de emparejamiento indica una respuesta conocida (o ninguna) por enunciado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="32"/>
        <source>Unknown task statement(s): {tasks}.</source>
        <translation>Enunciados de tarea desconocidos: {tasks}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="33"/>
        <source>Choose at least one domain or task statement.</source>
        <translation>Elige al menos un dominio o enunciado de tarea.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="34"/>
        <source>A practice set has 1 to {maximum} items.</source>
        <translation>Una práctica tiene de 1 a {maximum} preguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="35"/>
        <source>Cannot write {what}: the file name {name} holds control characters.</source>
        <translation>No se puede escribir {what}: el nombre de archivo {name} contiene caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="38"/>
        <source>Cannot write {what}: {folder} is a file, not a folder.</source>
        <translation>No se puede escribir {what}: {folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="39"/>
        <source>Cannot write {what}: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {what}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="40"/>
        <source>Cannot write {what} to {target}: {reason}.</source>
        <translation>No se puede escribir {what} en {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="41"/>
        <source>Cannot write {what}: {target} is a folder; name a {extension} file.</source>
        <translation>No se puede escribir {what}: {target} es una carpeta; indica un archivo {extension}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="44"/>
        <source>Cannot write {what}: {target} is a symbolic link; name a regular {extension} file.</source>
        <translation>No se puede escribir {what}: {target} es un enlace simbólico; indica un archivo {extension} normal.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="47"/>
        <source>Cannot write {what}: {target} is not a regular file (a device, pipe or socket).</source>
        <translation>No se puede escribir {what}: {target} no es un archivo normal (es un dispositivo, una tubería o un socket).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="50"/>
        <source>Attempt {attempt} is not finished yet: submit it before making its report.</source>
        <translation>El intento {attempt} aún no ha terminado: entrégalo antes de generar su informe.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="53"/>
        <source>No question bank is loaded.</source>
        <translation>No hay ningún banco de preguntas cargado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="54"/>
        <source>Cannot write {target}: {reason}.</source>
        <translation>No se puede escribir {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="55"/>
        <source>This item is no longer in the bank.</source>
        <translation>Esta pregunta ya no está en el banco.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="56"/>
        <source>There is no attempt with id {attempt}.</source>
        <translation>No hay ningún intento con el número {attempt}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="57"/>
        <source>This exam has been submitted (perhaps in another window); its answers can no longer change.</source>
        <translation>Este examen ya se entregó (quizá en otra ventana); sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="61"/>
        <source>This exam was set aside; its answers can no longer change.</source>
        <translation>Este examen se descartó; sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="62"/>
        <source>This exam is open in another window, which now saves its answers; this copy is read-only. Close it there, or reopen it here to take it over.</source>
        <translation>Este examen está abierto en otra ventana, que ahora guarda sus respuestas; esta copia es de solo lectura. Ciérralo allí, o vuelve a abrirlo aquí para continuarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="67"/>
        <source>This exam is open in another window; this copy is read-only. Close it there, or take it over.</source>
        <translation>Este examen está abierto en otra ventana; esta copia es de solo lectura. Ciérralo allí, o continúalo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="71"/>
        <source>The bank has {available} items for task(s) {tasks}, fewer than the {count} asked for.</source>
        <translation>El banco tiene {available} preguntas para los enunciados de tarea {tasks}, menos de las {count} pedidas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="75"/>
        <source>Only {found} case studies cover the chosen task statements; {wanted} were asked for.</source>
        <translation>Solo {found} casos prácticos cubren los enunciados de tarea elegidos; se pidieron {wanted}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="79"/>
        <source>There are no items to practise in this selection.</source>
        <translation>No hay preguntas que practicar en esta selección.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="80"/>
        <source>A drill has 1 to {maximum} items.</source>
        <translation>Un repaso tiene de 1 a {maximum} preguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="81"/>
        <source>The bank has no items for a drill yet.</source>
        <translation>El banco aún no tiene preguntas para un repaso.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="82"/>
        <source>Attempt {attempt} is not finished: its missed items are not known yet.</source>
        <translation>El intento {attempt} no ha terminado: aún no se saben sus preguntas falladas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="86"/>
        <source>Cannot write the report: the candidate name holds control characters.</source>
        <translation>No se puede escribir el informe: el nombre del candidato contiene caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="90"/>
        <source>The bank cannot fill a full exam: {short}.</source>
        <translation>El banco no alcanza para un examen completo: {short}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="91"/>
        <source>There is no item &apos;{key}&apos;.</source>
        <translation>No existe la pregunta «{key}».</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="92"/>
        <source>There is no item {number} in attempt {attempt}.</source>
        <translation>No hay pregunta {number} en el intento {attempt}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="93"/>
        <source>The blueprint revision {revision} is not in the database.</source>
        <translation>La revisión {revision} de la guía del examen no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="96"/>
        <source>The exam &apos;{exam}&apos; is not in the database: import its bank first.</source>
        <translation>El examen «{exam}» no está en la base de datos: importa antes su banco de preguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="99"/>
        <source>There is no exam &apos;{exam}&apos; in the database (known: {known}).</source>
        <translation>No hay ningún examen «{exam}» en la base de datos (hay: {known}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="100"/>
        <source>No exam bank is loaded: check the bank folder (SIMULACRO_BANK_DIR) or import one.</source>
        <translation>No hay ningún banco de preguntas cargado: revisa la carpeta del banco (SIMULACRO_BANK_DIR) o importa uno.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="103"/>
        <source>Attempt {attempt} has no stored result.</source>
        <translation>El intento {attempt} no tiene resultado guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="104"/>
        <source>No items in task statement(s) {tasks}.</source>
        <translation>No hay preguntas en las tareas {tasks}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="105"/>
        <source>Could not add the candidate {name}.</source>
        <translation>No se pudo añadir al candidato {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="106"/>
        <source>There is no candidate with id {candidate}.</source>
        <translation>No hay ningún candidato con el identificador {candidate}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="107"/>
        <source>Write a name or alias for the candidate.</source>
        <translation>Escribe un nombre o alias para el candidato.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="108"/>
        <source>A candidate name has at most {maximum} characters.</source>
        <translation>El nombre de un candidato tiene como mucho {maximum} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="109"/>
        <source>Cannot use the data folder {folder}: {reason}.</source>
        <translation>No se puede usar la carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="110"/>
        <source>Cannot use the database URL {url}: it is not a database URL.</source>
        <translation>No se puede usar la URL de base de datos {url}: no es una URL de base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="111"/>
        <source>Cannot open the database {path}: {parent} is a file, not a folder.</source>
        <translation>No se puede abrir la base de datos {path}: {parent} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="114"/>
        <source>{path} belongs to another application (it holds the tables {tables}); Simulacro left it untouched. Choose another database file.</source>
        <translation>{path} pertenece a otra aplicación (contiene las tablas {tables}); Simulacro no lo ha tocado. Elige otro archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="119"/>
        <source>{path} is not a Simulacro database ({problem}); choose another file.</source>
        <translation>{path} no es una base de datos de Simulacro ({problem}); elige otro archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="122"/>
        <source>Cannot open the database {path}: permission denied ({reason}).</source>
        <translation>No se puede abrir la base de datos {path}: permiso denegado ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="123"/>
        <source>Cannot open the database {path}: {reason}.</source>
        <translation>No se puede abrir la base de datos {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="124"/>
        <source>Cannot use the database URL {url}: its driver is not installed ({driver}). For PostgreSQL install the postgres extra (pip install -e &apos;.[postgres]&apos;) and use postgresql+psycopg://.</source>
        <translation>No se puede usar la URL de base de datos {url}: su controlador no está instalado ({driver}). Para PostgreSQL instala el extra postgres (pip install -e &apos;.[postgres]&apos;) y usa postgresql+psycopg://.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="129"/>
        <source>Cannot use the database URL {url}: {detail}</source>
        <translation>No se puede usar la URL de base de datos {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="130"/>
        <source>The database {url} is locked by another program. Close it and try again.</source>
        <translation>Otro programa tiene bloqueada la base de datos {url}. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="133"/>
        <source>The database {url} is read-only: answers cannot be saved. Check the file&apos;s permissions.</source>
        <translation>La base de datos {url} es de solo lectura: no se pueden guardar las respuestas. Revisa los permisos del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="136"/>
        <source>The disk holding {url} is full: free some space and try again.</source>
        <translation>El disco donde está {url} está lleno: libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="137"/>
        <source>Cannot connect to the database {url}: {detail}. Check that the server runs and that the URL&apos;s host, port, database name, user and password are right (README: a classroom on PostgreSQL).</source>
        <translation>No se puede conectar con la base de datos {url}: {detail}. Comprueba que el servidor está en marcha y que el servidor, el puerto, el nombre de la base de datos, el usuario y la contraseña de la URL son correctos (README: una clase en PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="142"/>
        <source>Database error on {url}: {detail}</source>
        <translation>Error de la base de datos {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="143"/>
        <source>The database {url} was written by a newer version of Simulacro (schema {revision}). Update Simulacro to open it; the file was left untouched.</source>
        <translation>La base de datos {url} la escribió una versión más reciente de Simulacro (esquema {revision}). Actualiza Simulacro para abrirla; el archivo no se ha tocado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="148"/>
        <source>The database {path} could not be used ({problem}). It was kept as {target} and a new, empty database was created.</source>
        <translation>No se pudo usar la base de datos {path} ({problem}). Se ha guardado como {target} y se ha creado una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="153"/>
        <source>The shipped question bank has errors and was not loaded:
{errors}</source>
        <translation>El banco de preguntas incluido tiene errores y no se ha cargado:
{errors}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="156"/>
        <source>Choose a file to import.</source>
        <translation>Elige un archivo para importar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="157"/>
        <source>Nothing was imported: {problem}</source>
        <translation>No se ha importado nada: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="158"/>
        <source>Nothing was imported:
{errors}</source>
        <translation>No se ha importado nada:
{errors}</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="159"/>
        <source>Cannot write the pack: {reason}.</source>
        <translation>No se puede escribir el paquete: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="160"/>
        <source>Nothing to export: the selection holds no items.</source>
        <translation>Nada que exportar: la selección no tiene preguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="161"/>
        <source>&apos;{name}&apos; cannot name a pack: use 1-60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. --name my-pack).</source>
        <translation>&apos;{name}&apos; no sirve como nombre de paquete: usa de 1 a 60 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (p. ej. --name mi-paquete).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="168"/>
        <source>task {task} is short by {missing} (has {have}, needs {need})</source>
        <translation>a la tarea {task} le faltan {missing} (tiene {have}, necesita {need})</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="169"/>
        <source>it is not a SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="170"/>
        <source>it cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="171"/>
        <source>its integrity check failed</source>
        <translation>no ha superado la comprobación de integridad</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="172"/>
        <source>would change a case study of the shipped bank or another pack: use a new id</source>
        <translation>cambiaría un caso práctico del banco incluido o de otro paquete: usa un identificador nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="175"/>
        <source>its blueprint.yaml would change the blueprint of exam &apos;{exam}&apos;, which the shipped bank defines (a pack may add items with new ids, or define an exam with another code)</source>
        <translation>su blueprint.yaml cambiaría la guía del examen &apos;{exam}&apos;, que define el banco incluido (un paquete puede añadir preguntas con identificadores nuevos o definir un examen con otro código)</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="180"/>
        <source>its blueprint.yaml would change the blueprint of exam &apos;{exam}&apos;, which another pack defines (a pack may add items with new ids, or define an exam with another code)</source>
        <translation>su blueprint.yaml cambiaría la guía del examen &apos;{exam}&apos;, que define otro paquete (un paquete puede añadir preguntas con identificadores nuevos o definir un examen con otro código)</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="185"/>
        <source>would change an item of the shipped bank: give the pack&apos;s item a new id</source>
        <translation>cambiaría una pregunta del banco incluido: da a la pregunta del paquete un identificador nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="188"/>
        <source>would change an item of another pack: give the pack&apos;s item a new id</source>
        <translation>cambiaría una pregunta de otro paquete: da a la pregunta del paquete un identificador nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="195"/>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="196"/>
        <source>the CSV export</source>
        <translation>la exportación CSV</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../ui/exam_page.py" line="185"/>
        <location filename="../../ui/exam_page.py" line="186"/>
        <source>Previous item</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="189"/>
        <location filename="../../ui/exam_page.py" line="190"/>
        <source>Next item</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="191"/>
        <location filename="../../ui/exam_page.py" line="194"/>
        <source>Review screen</source>
        <translation>Pantalla de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="193"/>
        <source>See every item and jump to any of them</source>
        <translation>Ver todas las preguntas e ir a cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="195"/>
        <location filename="../../ui/exam_page.py" line="263"/>
        <source>Submit…</source>
        <translation>Entregar…</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="196"/>
        <location filename="../../ui/exam_page.py" line="197"/>
        <source>Submit the exam</source>
        <translation>Entregar el examen</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="198"/>
        <location filename="../../ui/exam_page.py" line="200"/>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="199"/>
        <source>See if the answer is right, with every reason</source>
        <translation>Ver si la respuesta es correcta, con todas las explicaciones</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="201"/>
        <source>Flag this item to come back to it</source>
        <translation>Marcar esta pregunta para volver a ella</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="202"/>
        <location filename="../../ui/exam_page.py" line="210"/>
        <location filename="../../ui/exam_page.py" line="368"/>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="203"/>
        <source>Pause the practice clock</source>
        <translation>Pausar el reloj de la práctica</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="204"/>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="205"/>
        <location filename="../../ui/exam_page.py" line="261"/>
        <location filename="../../ui/exam_page.py" line="522"/>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="206"/>
        <location filename="../../ui/exam_page.py" line="207"/>
        <location filename="../../ui/exam_page.py" line="519"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="206"/>
        <source>The item is hidden. Resume to go on.</source>
        <translation>La pregunta está oculta. Reanuda para seguir.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="208"/>
        <location filename="../../ui/exam_page.py" line="209"/>
        <source>Back to the review screen</source>
        <translation>Volver a la pantalla de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="210"/>
        <location filename="../../ui/exam_page.py" line="368"/>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="261"/>
        <source>Time used</source>
        <translation>Tiempo usado</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="263"/>
        <source>Finish…</source>
        <translation>Terminar…</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="285"/>
        <location filename="../../ui/exam_page.py" line="580"/>
        <source>Your last change could not be saved: %1</source>
        <translation>No se pudo guardar tu último cambio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="332"/>
        <source>Reviewing %1: %2 of %3</source>
        <translation>Revisando %1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="360"/>
        <source>Item %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="364"/>
        <source>Task %1 · %2</source>
        <translation>Tarea %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="409"/>
        <source>Answered: %1 · Incomplete: %2 · Unanswered: %3 · Flagged: %4</source>
        <translation>Respondidas: %1 · Incompletas: %2 · Sin responder: %3 · Marcadas: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exam_page.py" line="480"/>
        <source>Choose %n more option(s): this item asks for %1.</source>
        <translation>
            <numerusform>Elige %n opción más: esta pregunta pide %1.</numerusform>
            <numerusform>Elige %n opciones más: esta pregunta pide %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exam_page.py" line="484"/>
        <source>Pair %n more prompt(s): every prompt needs a response.</source>
        <translation>
            <numerusform>Empareja %n enunciado más: cada enunciado necesita una respuesta.</numerusform>
            <numerusform>Empareja %n enunciados más: cada enunciado necesita una respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="486"/>
        <source>Confirm the order of the steps first.</source>
        <translation>Primero confirma el orden de los pasos.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="487"/>
        <source>Choose an option first.</source>
        <translation>Primero elige una opción.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exam_page.py" line="643"/>
        <source>Less than %n minute(s) left.</source>
        <translation>
            <numerusform>Queda menos de %n minuto.</numerusform>
            <numerusform>Quedan menos de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="181"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="604"/>
        <source>The exam&apos;s time ran out while it was closed: it was submitted with the answers you had given.</source>
        <translation>El tiempo del examen terminó mientras estaba cerrado: se entregó con las respuestas que habías dado.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="607"/>
        <source>Time is up: the practice was finished with the answers you gave.</source>
        <translation>Se acabó el tiempo: la práctica terminó con las respuestas que diste.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="572"/>
        <location filename="../../ui/exam_page.py" line="609"/>
        <source>Time is up: the exam was submitted with the answers you gave.</source>
        <translation>Se acabó el tiempo: el examen se entregó con las respuestas que diste.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="183"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="187"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="500"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="500"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="615"/>
        <source>Untimed · %1</source>
        <translation>Sin límite de tiempo · %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="154"/>
        <source>Export items</source>
        <translation>Exportar preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="157"/>
        <source>Anki deck (.apkg)</source>
        <translation>Mazo de Anki (.apkg)</translation>
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
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="161"/>
        <source>Only the items I missed</source>
        <translation>Solo las preguntas que fallé</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="164"/>
        <source>GIFT cannot hold ordering items; Moodle needs the Ordering plug-in for them.</source>
        <translation>GIFT no admite preguntas de ordenar; Moodle necesita el complemento Ordering para ellas.</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="166"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="171"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="171"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FlaggedModel</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="39"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="40"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="41"/>
        <source>Times flagged</source>
        <translation>Veces marcada</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="42"/>
        <source>Last flagged</source>
        <translation>Última marca</translation>
    </message>
</context>
<context>
    <name>FlaggedPage</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="155"/>
        <source>Flagged items</source>
        <translation>Preguntas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="157"/>
        <source>Items you flagged in any exam or practice, until you clear them. Practise them as a set, or clear one.</source>
        <translation>Las preguntas que marcaste en cualquier examen o práctica, hasta que quites la marca. Practícalas juntas o quita la marca de una.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="160"/>
        <source>Clear flag</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="161"/>
        <source>Clear the flag of the selected item</source>
        <translation>Quitar la marca de la pregunta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="162"/>
        <source>Practise these items</source>
        <translation>Practicar estas preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="163"/>
        <source>Practise the flagged items</source>
        <translation>Practicar las preguntas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="164"/>
        <source>Export to Anki or Moodle…</source>
        <translation>Exportar a Anki o Moodle…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="165"/>
        <source>Export the flagged items to Anki, Moodle XML or GIFT</source>
        <translation>Exportar las preguntas marcadas a Anki, Moodle XML o GIFT</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/history_page.py" line="180"/>
        <source>History and mastery</source>
        <translation>Historial y nivel</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="181"/>
        <location filename="../../ui/history_page.py" line="182"/>
        <source>Show demo attempts</source>
        <translation>Mostrar intentos de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="183"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="184"/>
        <source>Mastery per task statement</source>
        <translation>Nivel por tarea</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="185"/>
        <source>Task statement for the trend chart</source>
        <translation>Tarea del gráfico de evolución</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="186"/>
        <source>Task statement:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="187"/>
        <source>Attempts (Enter or double-click to review)</source>
        <translation>Intentos (Intro o doble clic para revisar)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="188"/>
        <source>Mastery, weakest first</source>
        <translation>Nivel por tarea, de más débil a más fuerte</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="189"/>
        <location filename="../../ui/history_page.py" line="190"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="191"/>
        <source>Score per domain over attempts</source>
        <translation>Aciertos por dominio a lo largo de los intentos</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="192"/>
        <source>Score of a task statement over attempts</source>
        <translation>Aciertos de una tarea a lo largo de los intentos</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="210"/>
        <source>Readiness estimate: not enough answers yet. Sit an exam or a practice set.</source>
        <translation>Preparación estimada: aún no hay respuestas suficientes. Haz un examen o una práctica.</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="215"/>
        <source>Readiness estimate: %1 (between %2 and %3) · chance of reaching %4: %5 %</source>
        <translation>Preparación estimada: %1 (entre %2 y %3) · probabilidad de llegar a %4: %5 %</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="223"/>
        <source>(from demo attempts: you have none of your own yet)</source>
        <translation>(a partir de intentos de demostración: aún no tienes intentos propios)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="224"/>
        <source>An estimate from your answers, recent ones weighing more.</source>
        <translation>Una estimación a partir de tus respuestas; las recientes pesan más.</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="259"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="289"/>
        <source>% right per domain</source>
        <translation>% de aciertos por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="315"/>
        <source>% right in task %1</source>
        <translation>% de aciertos en la tarea %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="285"/>
        <location filename="../../ui/home_page.py" line="356"/>
        <source>AWS Certified AI Practitioner (AIF-C01) exam simulator</source>
        <translation>Simulador del examen AWS Certified AI Practitioner (AIF-C01)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="286"/>
        <source>Exam:</source>
        <translation>Examen:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="288"/>
        <source>Full-length exam</source>
        <translation>Examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="291"/>
        <source>65 items in 90 minutes, drawn like the real exam: domain weights, every item type, 15 unscored items you cannot tell apart. Domain and task are hidden until the end.</source>
        <translation>65 preguntas en 90 minutos, elegidas como en el examen real: pesos por dominio, todos los tipos de pregunta y 15 preguntas que no puntúan y que no puedes distinguir. El dominio y la tarea se ocultan hasta el final.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="295"/>
        <source>+30 minutes (accommodation for non-native English speakers)</source>
        <translation>+30 minutos (adaptación para quienes no tienen el inglés como lengua materna)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="296"/>
        <source>Add 30 minutes</source>
        <translation>Añadir 30 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="297"/>
        <location filename="../../ui/home_page.py" line="298"/>
        <source>Start full exam</source>
        <translation>Empezar examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="299"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="300"/>
        <source>Domains:</source>
        <translation>Dominios:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="302"/>
        <source>Select or clear every task of domain %1</source>
        <translation>Marcar o desmarcar todas las tareas del dominio %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="303"/>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="304"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="305"/>
        <source>Select every task statement</source>
        <translation>Marcar todas las tareas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="306"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="307"/>
        <source>Clear every task statement</source>
        <translation>Desmarcar todas las tareas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="308"/>
        <source>My 3 weakest task statements</source>
        <translation>Mis 3 tareas más débiles</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="309"/>
        <source>Select my 3 weakest task statements</source>
        <translation>Seleccionar mis 3 tareas más débiles</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="310"/>
        <source>Domains 4 and 5 — responsible AI and security</source>
        <translation>Dominios 4 y 5 — IA responsable y seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>Select every task of domains 4 and 5</source>
        <translation>Seleccionar todas las tareas de los dominios 4 y 5</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="312"/>
        <source>Select every task statement of domains 4 and 5, and nothing else</source>
        <translation>Selecciona todas las tareas de los dominios 4 y 5, y nada más</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="314"/>
        <source>Task statements to practise</source>
        <translation>Tareas que quieres practicar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="315"/>
        <source>Number of items:</source>
        <translation>Número de preguntas:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="316"/>
        <source>Number of items</source>
        <translation>Número de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="317"/>
        <source>Timed (same pace as the real exam)</source>
        <translation>Con tiempo (al ritmo del examen real)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="318"/>
        <source>Timed</source>
        <translation>Con tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="319"/>
        <source>Instant feedback after each answer</source>
        <translation>Corrección inmediata tras cada respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="320"/>
        <source>Instant feedback</source>
        <translation>Corrección inmediata</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="321"/>
        <source>Add a case study (practice material)</source>
        <translation>Añadir un caso práctico (material de práctica)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="322"/>
        <source>Add a case study</source>
        <translation>Añadir un caso práctico</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="323"/>
        <location filename="../../ui/home_page.py" line="324"/>
        <source>Start practice</source>
        <translation>Empezar práctica</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="325"/>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="326"/>
        <source>Items per domain</source>
        <translation>Preguntas por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="327"/>
        <location filename="../../ui/home_page.py" line="328"/>
        <source>Latest results</source>
        <translation>Últimos resultados</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="329"/>
        <source>No finished exams yet. Your results will appear here.</source>
        <translation>Aún no has terminado ningún examen. Tus resultados aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="330"/>
        <source>After the exam</source>
        <translation>Después del examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="331"/>
        <location filename="../../ui/home_page.py" line="332"/>
        <source>Start weak-area drill</source>
        <translation>Empezar repaso de puntos débiles</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Items in the drill</source>
        <translation>Preguntas del repaso</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="334"/>
        <location filename="../../ui/home_page.py" line="335"/>
        <source>History and mastery</source>
        <translation>Historial y nivel</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="404"/>
        <source>Unfinished %1 from %2: %3 of %4 answered.</source>
        <translation>%1 sin terminar del %2: %3 de %4 respondidas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home_page.py" line="408"/>
        <source>%n incomplete.</source>
        <translation>
            <numerusform>%n incompleta.</numerusform>
            <numerusform>%n incompletas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="411"/>
        <source>Its clock is running: at most %1 min left.</source>
        <translation>Su reloj sigue corriendo: quedan como mucho %1 min.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="417"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="419"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="358"/>
        <source>Question bank: %1 items</source>
        <translation>Banco de preguntas: %1 preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="376"/>
        <source>A drill brings back the items you missed when they are due (Leitner boxes: again after 1, 3, 7 and 14 days) and fills up with your weakest task statements. Due now: %1.</source>
        <translation>El repaso vuelve a mostrar las preguntas que fallaste cuando les toca (cajas de Leitner: de nuevo a los 1, 3, 7 y 14 días) y se completa con tus tareas más débiles. Pendientes ahora: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="380"/>
        <source>Review flagged (%1)</source>
        <translation>Revisar marcadas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="381"/>
        <source>Review flagged items</source>
        <translation>Revisar las preguntas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="382"/>
        <source>Question reports (%1)</source>
        <translation>Informes de preguntas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="383"/>
        <source>Question reports</source>
        <translation>Informes de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="403"/>
        <source>full exam</source>
        <translation>examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="403"/>
        <source>practice</source>
        <translation>práctica</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="413"/>
        <source>%1 min left.</source>
        <translation>Quedan %1 min.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="418"/>
        <source>Resume the unfinished attempt of %1</source>
        <translation>Reanudar el intento sin terminar del %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="420"/>
        <source>Discard the unfinished attempt of %1</source>
        <translation>Descartar el intento sin terminar del %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="454"/>
        <source>Select only the three task statements where your mastery is lowest</source>
        <translation>Selecciona solo las tres tareas en las que tu nivel es más bajo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="456"/>
        <source>Available once you have answered a practice or exam of your own: mastery comes from it</source>
        <translation>Disponible cuando hayas respondido una práctica o un examen propio: el nivel se calcula a partir de tus respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="495"/>
        <source>Choose at least one task statement or domain.</source>
        <translation>Elige al menos una tarea o un dominio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home_page.py" line="497"/>
        <source>%n item(s) available in the chosen task statements.</source>
        <translation>
            <numerusform>%n pregunta disponible en las tareas elegidas.</numerusform>
            <numerusform>%n preguntas disponibles en las tareas elegidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportQuestionsDialog</name>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="39"/>
        <source>Import questions</source>
        <translation>Importar preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="42"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="43"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="44"/>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="50"/>
        <source>Task statement for questions without one</source>
        <translation>Tarea para las preguntas que no la indican</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="51"/>
        <source>From the file&apos;s categories</source>
        <translation>Según las categorías del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="55"/>
        <source>Category mapping file (optional)</source>
        <translation>Archivo de correspondencia de categorías (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="56"/>
        <source>Optional: a YAML file mapping categories to task statements</source>
        <translation>Opcional: un archivo YAML que asigna cada categoría a una tarea</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="58"/>
        <source>Reference URL</source>
        <translation>URL de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="59"/>
        <source>https://docs.aws.amazon.com/… (a page that supports the keys)</source>
        <translation>https://docs.aws.amazon.com/… (una página que respalde las respuestas correctas)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="63"/>
        <source>Language of the questions</source>
        <translation>Idioma de las preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="64"/>
        <source>Leave out (whole) the questions that cannot be converted</source>
        <translation>Dejar fuera (enteras) las preguntas que no se pueden convertir</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="66"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="67"/>
        <source>Task statement:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="68"/>
        <source>Category mapping:</source>
        <translation>Correspondencia de categorías:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="69"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="70"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="72"/>
        <source>Choose a file and press Preview.</source>
        <translation>Elige un archivo y pulsa Vista previa.</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="75"/>
        <source>What could not be converted</source>
        <translation>Lo que no se pudo convertir</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="76"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="77"/>
        <source>Preview the conversion</source>
        <translation>Ver la conversión antes de importar</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="81"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="82"/>
        <source>Import the converted questions as a pack</source>
        <translation>Importar las preguntas convertidas como paquete</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="84"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="102"/>
        <source>Questions to import</source>
        <translation>Preguntas que importar</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="104"/>
        <source>Question files (*.xml *.gift *.txt *.csv);;All files (*)</source>
        <translation>Archivos de preguntas (*.xml *.gift *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="126"/>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interop_dialogs.py" line="128"/>
        <source>%n question(s) convert</source>
        <translation>
            <numerusform>se convierte %n pregunta</numerusform>
            <numerusform>se convierten %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interop_dialogs.py" line="133"/>
        <source>%n problem(s): see the list below.</source>
        <translation>
            <numerusform>%n problema: véase la lista de abajo.</numerusform>
            <numerusform>%n problemas: véase la lista de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="141"/>
        <source>one answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="142"/>
        <source>several answers</source>
        <translation>varias respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="143"/>
        <source>matching</source>
        <translation>emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/interop_dialogs.py" line="144"/>
        <source>ordering</source>
        <translation>ordenar</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/item_panel.py" line="205"/>
        <source>Case study scenario</source>
        <translation>Escenario del caso práctico</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="206"/>
        <source>Feedback</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="207"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="208"/>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="210"/>
        <source>Select words of the question, then highlight them (again to clear)</source>
        <translation>Selecciona palabras de la pregunta y resáltalas (otra vez para quitarlo)</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="212"/>
        <source>Highlight the selected text</source>
        <translation>Resaltar el texto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="220"/>
        <source>Select some words of the question first.</source>
        <translation>Primero selecciona algunas palabras de la pregunta.</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="250"/>
        <source>(Choose %1.)</source>
        <translation>(Elige %1.)</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="269"/>
        <source>Case study: %1</source>
        <translation>Caso práctico: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="292"/>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="292"/>
        <source>Incorrect</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="295"/>
        <source>Unscored item: it does not count in the score</source>
        <translation>Pregunta sin puntuar: no cuenta en la puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="297"/>
        <source>Partial credit (practice only): %1 %</source>
        <translation>Crédito parcial (solo práctica): %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="300"/>
        <source>Read more</source>
        <translation>Para leer más</translation>
    </message>
</context>
<context>
    <name>ItemStatsModel</name>
    <message>
        <location filename="../../ui/classroom.py" line="46"/>
        <source>negative discrimination</source>
        <translation>discriminación negativa</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="47"/>
        <source>near-zero discrimination</source>
        <translation>discriminación casi nula</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="48"/>
        <source>too hard</source>
        <translation>demasiado difícil</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="49"/>
        <source>too easy</source>
        <translation>demasiado fácil</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="50"/>
        <source>a distractor beats the key</source>
        <translation>un distractor supera a la clave</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="53"/>
        <source>one answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="54"/>
        <source>several answers</source>
        <translation>varias respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="55"/>
        <source>matching</source>
        <translation>emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="56"/>
        <source>ordering</source>
        <translation>ordenar</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="140"/>
        <source>Revise</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="141"/>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="142"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="143"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="144"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="145"/>
        <source>Facility</source>
        <translation>Facilidad</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="146"/>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="147"/>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="148"/>
        <source>Reports</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="149"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="175"/>
        <source>revisar</source>
        <translation>revisar</translation>
    </message>
</context>
<context>
    <name>ItemStatsPage</name>
    <message>
        <location filename="../../ui/classroom.py" line="295"/>
        <location filename="../../ui/classroom.py" line="303"/>
        <source>Item statistics</source>
        <translation>Estadísticas de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="298"/>
        <source>From the scored answers of finished exams and practice, per item revision. Discrimination and the &apos;revisar&apos; flags appear from %1 answers: negative or near-zero discrimination, facility under 0.2 or over 0.95, or a distractor the top 27 % chose more than the key.</source>
        <translation>A partir de las respuestas puntuadas de exámenes y prácticas terminados, por revisión de pregunta. La discriminación y las marcas «revisar» aparecen desde %1 respuestas: discriminación negativa o casi nula, facilidad por debajo de 0,2 o por encima de 0,95, o un distractor que el 27 % superior eligió más que la clave.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="308"/>
        <source>Every task</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="310"/>
        <source>Task statement</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="313"/>
        <source>Only items to revise</source>
        <translation>Solo preguntas a revisar</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="314"/>
        <source>Include simulated attempts</source>
        <translation>Incluir intentos simulados</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="315"/>
        <location filename="../../ui/classroom.py" line="316"/>
        <source>Search item or stem</source>
        <translation>Buscar pregunta o enunciado</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="317"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="318"/>
        <source>Export the item statistics as CSV</source>
        <translation>Exportar las estadísticas de preguntas en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="319"/>
        <location filename="../../ui/classroom.py" line="320"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="336"/>
        <source>%n item revision(s) answered</source>
        <translation>
            <numerusform>%n revisión de pregunta respondida</numerusform>
            <numerusform>%n revisiones de pregunta respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classroom.py" line="336"/>
        <source>%n to revise.</source>
        <translation>
            <numerusform>%n por revisar.</numerusform>
            <numerusform>%n por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="338"/>
        <source>No finished attempts to count yet.</source>
        <translation>Aún no hay intentos terminados que contar.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="348"/>
        <source>top 27 %</source>
        <translation>27 % superior</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.py" line="349"/>
        <source>key</source>
        <translation>clave</translation>
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
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Teacher</source>
        <translation>Doce&amp;nte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Item statistics</source>
        <translation>&amp;Estadísticas de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohorte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Change candidate…</source>
        <translation>&amp;Cambiar de candidato…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>&amp;Import questions…</source>
        <translation>&amp;Importar preguntas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>How the &amp;exam and its clock work</source>
        <translation>Cómo funcionan el &amp;examen y su reloj</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;About Simulacro</source>
        <translation>&amp;Acerca de Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Opening your data and the question bank…</source>
        <translation>Abriendo tus datos y el banco de preguntas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>(nothing to do on this screen)</source>
        <translation>(nada que hacer en esta pantalla)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Choose who you are to continue: Simulacro ▸ Change candidate…</source>
        <translation>Elige quién eres para continuar: Simulacro ▸ Cambiar de candidato…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605"/>
        <source>Export item statistics</source>
        <translation>Exportar las estadísticas de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="635"/>
        <source>Save the cohort report</source>
        <translation>Guardar el informe de la cohorte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="656"/>
        <source>Simulacro could not open its data.</source>
        <translation>Simulacro no pudo abrir sus datos.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>Nothing was deleted. Fix the problem and start Simulacro again.</source>
        <translation>No se borró nada. Corrige el problema y vuelve a abrir Simulacro.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="727"/>
        <source>This exam is open in another window. Take it over here? The other window will no longer be able to save answers.</source>
        <translation>Este examen está abierto en otra ventana. ¿Continuarlo aquí? La otra ventana ya no podrá guardar respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767"/>
        <source>The unfinished exam was submitted; its result is in the history.</source>
        <translation>El examen sin terminar se entregó; su resultado está en el historial.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>The unfinished attempt was discarded.</source>
        <translation>El intento sin terminar se descartó.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="871"/>
        <source>Flagged item %1</source>
        <translation>Pregunta marcada %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="896"/>
        <location filename="../../ui/main_window.py" line="897"/>
        <source>Thank you: the report was saved.</source>
        <translation>Gracias: el informe se guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="908"/>
        <source>Export question reports</source>
        <translation>Exportar los informes de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1188"/>
        <source>The clock of a full exam is a deadline stored with the attempt: it keeps running while Simulacro is closed, while you are on Home and while the computer sleeps. Within one run it is measured with the monotonic clock; across runs, and when wall time runs ahead (a computer asleep), with wall time guarded against jumps: a clock set back never adds time, a jump forward uses up the time it skips, and a jump beyond the deadline submits the exam. Reopening an exam after its deadline submits it with the answers given, and Simulacro says so. The results record the interruptions: how many times the exam was left and the minutes away.

Practice may pause (%1): the item is hidden and navigation is disabled until you resume. A practice clock stops while Simulacro is closed. Timed practice warns when 25 % and 10 % of its time are left.</source>
        <translation>El reloj de un examen completo es una hora límite guardada con el intento: sigue corriendo mientras Simulacro está cerrado, mientras estás en Inicio y mientras el ordenador está en reposo. Dentro de una misma sesión se mide con el reloj monótono; entre sesiones, y cuando la hora del sistema se adelanta (un ordenador en reposo), con la hora del sistema protegida contra saltos: retrasar el reloj nunca da tiempo, adelantarlo consume el tiempo saltado y un salto más allá de la hora límite entrega el examen. Si abres un examen después de su hora límite, se entrega con las respuestas dadas y Simulacro te lo dice. Los resultados registran las interrupciones: cuántas veces se dejó el examen y los minutos fuera.

La práctica se puede pausar (%1): la pregunta se oculta y la navegación se desactiva hasta que reanudes. El reloj de una práctica se detiene mientras Simulacro está cerrado. La práctica con tiempo avisa cuando queda el 25 % y el 10 % del tiempo.</translation>
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
        <translation>El banco de preguntas aún se está cargando; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="939"/>
        <source>%1 questions imported as pack &apos;%2&apos; (Preferences lists and removes packs).</source>
        <translation>%1 preguntas importadas como paquete «%2» (en Preferencias se ven y se quitan los paquetes).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="971"/>
        <source>Export items</source>
        <translation>Exportar preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="984"/>
        <source>(%1 left out: the format cannot hold them)</source>
        <translation>(%1 fuera: el formato no las admite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1004"/>
        <source>Discard the unfinished attempt?</source>
        <translation>¿Descartar el intento sin terminar?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1006"/>
        <source>Its answers are kept in your history as discarded, with no result, and it will not be offered again.</source>
        <translation>Sus respuestas quedan en tu historial como descartadas, sin resultado, y no se volverá a ofrecer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1008"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1009"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1020"/>
        <source>Time ran out</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1022"/>
        <source>The exam&apos;s time ran out while Simulacro was closed or you were elsewhere, as it would in the real test. It was submitted with the answers you had given.</source>
        <translation>El tiempo del examen terminó mientras Simulacro estaba cerrado o estabas en otra pantalla, como ocurriría en el examen real. Se entregó con las respuestas que habías dado.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Save the PDF report</source>
        <translation>Guardar el informe PDF</translation>
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
        <translation>I&amp;r a</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Acti&amp;ons</source>
        <translation>Acci&amp;ones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>He&amp;lp</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Home screen</source>
        <translation>Pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Flagged items</source>
        <translation>Preguntas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>History and mastery</source>
        <translation>Historial y nivel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Question reports</source>
        <translation>Informes de preguntas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="613"/>
        <source>%n item revision(s) exported to %1</source>
        <translation>
            <numerusform>%n revisión de pregunta exportada a %1</numerusform>
            <numerusform>%n revisiones de pregunta exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <location filename="../../ui/main_window.py" line="1076"/>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="915"/>
        <source>%n report(s) exported to %1</source>
        <translation>
            <numerusform>%n informe exportado a %1</numerusform>
            <numerusform>%n informes exportados a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="982"/>
        <source>%n item(s) exported to %1</source>
        <translation>
            <numerusform>%n pregunta exportada a %1</numerusform>
            <numerusform>%n preguntas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1060"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1061"/>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1099"/>
        <source>Simulacro</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1110"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1202"/>
        <source>How the exam and its clock work</source>
        <translation>Cómo funcionan el examen y su reloj</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1207"/>
        <source>About Simulacro</source>
        <translation>Acerca de Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1209"/>
        <source>Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. Not affiliated with Amazon Web Services. Scaled scores are estimates.</source>
        <translation>Simulacro 0.1: simulador sin conexión para preparar el examen AWS Certified AI Practitioner. Sin relación con Amazon Web Services. Las puntuaciones escaladas son estimaciones.</translation>
    </message>
</context>
<context>
    <name>MasteryModel</name>
    <message>
        <location filename="../../ui/history_page.py" line="73"/>
        <source>Task statement</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="74"/>
        <source>Mastery</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="75"/>
        <source>Range (95 %)</source>
        <translation>Intervalo (95 %)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="76"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="356"/>
        <source>Choose a response for each prompt. A response can be used more than once.</source>
        <translation>Elige una respuesta para cada enunciado. Una respuesta puede usarse más de una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="368"/>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="374"/>
        <source>Response for: %1</source>
        <translation>Respuesta para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="382"/>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="382"/>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="40"/>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="42"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ui/models.py" line="193"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="194"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="195"/>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="290"/>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="292"/>
        <source>unseen</source>
        <translation>sin ver</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="310"/>
        <location filename="../../ui/models.py" line="338"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="285"/>
        <source>Item %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="120"/>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="136"/>
        <source>mastery %1 %</source>
        <translation>nivel %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="288"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="295"/>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="308"/>
        <location filename="../../ui/models.py" line="336"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="309"/>
        <location filename="../../ui/models.py" line="337"/>
        <source>Correct</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="322"/>
        <source>no items</source>
        <translation>sin preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="339"/>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="359"/>
        <source>Meets competencies</source>
        <translation>Cumple las competencias</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="361"/>
        <source>Needs improvement</source>
        <translation>Necesita mejorar</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="397"/>
        <source>Position %1: %2</source>
        <translation>Posición %1: %2</translation>
    </message>
</context>
<context>
    <name>OrderingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="458"/>
        <source>Put the steps in order, first at the top. Drag them, or select one and press %1 / %2.</source>
        <translation>Ordena los pasos, el primero arriba. Arrástralos, o selecciona uno y pulsa %1 / %2.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="462"/>
        <location filename="../../ui/item_views.py" line="469"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="463"/>
        <source>Move the selected step up</source>
        <translation>Subir el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="464"/>
        <location filename="../../ui/item_views.py" line="470"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="465"/>
        <source>Move the selected step down</source>
        <translation>Bajar el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="467"/>
        <source>Confirm this order</source>
        <translation>Confirmar este orden</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="467"/>
        <source>Order saved</source>
        <translation>Orden guardado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="471"/>
        <source>Confirm order</source>
        <translation>Confirmar orden</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="472"/>
        <source>Steps to order</source>
        <translation>Pasos para ordenar</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="483"/>
        <source>Correct order:</source>
        <translation>Orden correcto:</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/dialogs.py" line="487"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="488"/>
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="489"/>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="490"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="491"/>
        <source>Source folder</source>
        <translation>Carpeta de origen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="524"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="530"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="535"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="537"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="537"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="537"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="541"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="543"/>
        <source>Candidate name (for reports)</source>
        <translation>Nombre del candidato (para los informes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="546"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="547"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="548"/>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="549"/>
        <source>Candidate name (for reports):</source>
        <translation>Nombre del candidato (para los informes):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="551"/>
        <source>I have booked my exam for</source>
        <translation>Tengo el examen reservado para el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="558"/>
        <source>Exam date</source>
        <translation>Fecha del examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="559"/>
        <source>I have an exam date</source>
        <translation>Tengo fecha de examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="568"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="569"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="572"/>
        <location filename="../../ui/dialogs.py" line="579"/>
        <source>Imported question packs</source>
        <translation>Paquetes de preguntas importados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="580"/>
        <source>No packs imported. The shipped bank is always there.</source>
        <translation>No hay paquetes importados. El banco incluido siempre está disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="581"/>
        <source>Remove pack</source>
        <translation>Quitar paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="582"/>
        <source>Remove the selected pack</source>
        <translation>Quitar el paquete seleccionado</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReportQuestionDialog</name>
    <message>
        <location filename="../../ui/answer_review.py" line="121"/>
        <source>Report this question</source>
        <translation>Informar de un error en esta pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="123"/>
        <source>What seems wrong</source>
        <translation>Qué parece incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="125"/>
        <source>What seems wrong? For example: option B is also right because…</source>
        <translation>¿Qué parece incorrecto? Por ejemplo: la opción B también es correcta porque…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="127"/>
        <source>Your note is kept on this computer and can be exported as CSV for the bank&apos;s authors.</source>
        <translation>Tu nota se guarda en este equipo y puede exportarse como CSV para los autores del banco.</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="130"/>
        <location filename="../../ui/answer_review.py" line="131"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="132"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="62"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="63"/>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="64"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="65"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="198"/>
        <source>Question report</source>
        <translation>Informe de pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="202"/>
        <source>Question reports</source>
        <translation>Informes de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="203"/>
        <source>Your notes on questions that seem wrong. Export them as CSV and send them to the bank&apos;s authors.</source>
        <translation>Tus notas sobre preguntas que parecen incorrectas. Expórtalas como CSV y envíalas a los autores del banco.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="205"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="206"/>
        <source>Export the reports as CSV</source>
        <translation>Exportar los informes como CSV</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="138"/>
        <source>By domain</source>
        <translation>Por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="139"/>
        <source>By task statement</source>
        <translation>Por tarea</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="140"/>
        <location filename="../../ui/results_page.py" line="141"/>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="142"/>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="143"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="144"/>
        <location filename="../../ui/results_page.py" line="145"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="146"/>
        <source>Scores by domain</source>
        <translation>Puntuación por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="147"/>
        <source>Scores by task statement</source>
        <translation>Puntuación por tarea</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="161"/>
        <source>Not available in this version yet.</source>
        <translation>Aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="174"/>
        <source>Estimated result: PASS</source>
        <translation>Resultado estimado: APROBADO</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="174"/>
        <source>Estimated result: FAIL</source>
        <translation>Resultado estimado: NO APROBADO</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="177"/>
        <source>AWS does not publish how raw results become scaled scores: Simulacro&apos;s scaled score is an estimate.</source>
        <translation>AWS no publica cómo se convierten los aciertos en la puntuación escalada: la de Simulacro es una estimación.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="181"/>
        <source>Practice: %1 % right</source>
        <translation>Práctica: %1 % de aciertos</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="184"/>
        <source>A practice set under %1 scored items shows the share right per task statement, with no scaled estimate and no pass or fail.</source>
        <translation>Una práctica de menos de %1 preguntas puntuables muestra el porcentaje de aciertos por tarea, sin puntuación escalada estimada ni aprobado o suspenso.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="188"/>
        <source>Time ran out and the exam was submitted automatically.</source>
        <translation>Se acabó el tiempo y el examen se entregó automáticamente.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="192"/>
        <source>Estimated scaled score: %1 of %2 (pass mark %3)</source>
        <translation>Puntuación escalada estimada: %1 de %2 (se aprueba con %3)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="198"/>
        <source>Raw score: %1 of %2 scored items right (%3 %)</source>
        <translation>Puntuación bruta: %1 de %2 preguntas puntuables correctas (%3 %)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="206"/>
        <source>Time used: %1 min of %2</source>
        <translation>Tiempo usado: %1 min de %2</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="211"/>
        <source>Time used: %1 min (untimed)</source>
        <translation>Tiempo usado: %1 min (sin límite)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="214"/>
        <source>Interruptions: %1 (%2 min away)</source>
        <translation>Interrupciones: %1 (%2 min fuera)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="219"/>
        <source>Interruptions: none</source>
        <translation>Interrupciones: ninguna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results_page.py" line="224"/>
        <source>Partial credit on the %n multi-part item(s), practice only (not part of the score): %1 %</source>
        <translation>
            <numerusform>Crédito parcial en la %n pregunta de varias partes, solo en práctica (no cuenta en la puntuación): %1 %</numerusform>
            <numerusform>Crédito parcial en las %n preguntas de varias partes, solo en práctica (no cuenta en la puntuación): %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="296"/>
        <location filename="../../ui/dialogs.py" line="297"/>
        <source>Review screen</source>
        <translation>Pantalla de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="303"/>
        <source>All items</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="304"/>
        <source>Flagged only</source>
        <translation>Solo las marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="308"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="321"/>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="305"/>
        <source>Not answered (unseen or incomplete)</source>
        <translation>Sin responder (sin ver o incompletas)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="306"/>
        <source>Incomplete only</source>
        <translation>Solo las incompletas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="307"/>
        <source>Unseen only</source>
        <translation>Solo las sin ver</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="327"/>
        <source>Filled: answered · Bar along the bottom: incomplete (seen, not fully answered) · Outlined: unseen · Thick border and a flag: flagged</source>
        <translation>Relleno: respondida · Barra abajo: incompleta (vista, sin responder del todo) · Solo borde: sin ver · Borde grueso y bandera: marcada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="331"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="338"/>
        <source>Review all</source>
        <translation>Revisar todas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="339"/>
        <source>Review incomplete</source>
        <translation>Revisar incompletas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="340"/>
        <source>Review flagged</source>
        <translation>Revisar marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="354"/>
        <source>Back to the exam</source>
        <translation>Volver al examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="354"/>
        <source>Back to the practice</source>
        <translation>Volver a la práctica</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="356"/>
        <source>Submit exam…</source>
        <translation>Entregar examen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="356"/>
        <source>Finish the practice…</source>
        <translation>Terminar la práctica…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="357"/>
        <source>Submit exam</source>
        <translation>Entregar examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="357"/>
        <source>Finish the practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="401"/>
        <source>flagged items</source>
        <translation>las marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="403"/>
        <source>incomplete items</source>
        <translation>las incompletas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="404"/>
        <source>all items</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="419"/>
        <source>Answered: %1 · Incomplete: %2 · Unseen: %3 · Flagged: %4</source>
        <translation>Respondidas: %1 · Incompletas: %2 · Sin ver: %3 · Marcadas: %4</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location filename="../../ui/answer_review.py" line="74"/>
        <source>unscored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="63"/>
        <source>right</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="65"/>
        <source>unanswered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="67"/>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="69"/>
        <source>wrong</source>
        <translation>incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="72"/>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Choose option A to I (toggle in multiple response)</source>
        <translation>Elegir la opción A a I (en respuesta múltiple, marca o desmarca)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="47"/>
        <source>Choose option 1 to 9 (toggle in multiple response)</source>
        <translation>Elegir la opción 1 a 9 (en respuesta múltiple, marca o desmarca)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Strike out option A to I, or restore it (a chosen option is unchosen)</source>
        <translation>Tachar la opción A a I, o quitar el tachado (una opción elegida deja de estarlo)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Strike out option 1 to 9, or restore it</source>
        <translation>Tachar la opción 1 a 9, o quitar el tachado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Next item</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>Previous item</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <source>Flag the item for review, or clear the flag</source>
        <translation>Marcar la pregunta para revisar, o quitar la marca</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Open the review screen</source>
        <translation>Abrir la pantalla de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <source>Submit the exam</source>
        <translation>Entregar el examen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Check the answer (practice with instant feedback)</source>
        <translation>Comprobar la respuesta (práctica con corrección inmediata)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <source>Pause or resume (practice only)</source>
        <translation>Pausar o reanudar (solo en práctica)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Ordering: move the selected step up</source>
        <translation>Ordenación: subir el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>Ordering: move the selected step down</source>
        <translation>Ordenación: bajar el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61"/>
        <source>Go to the home screen</source>
        <translation>Ir a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="62"/>
        <source>Open the Actions menu: every button of this screen</source>
        <translation>Abrir el menú Acciones: todos los botones de esta pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="63"/>
        <source>Highlight the selected words of the question, or clear</source>
        <translation>Resaltar las palabras seleccionadas de la pregunta, o quitar el resaltado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="442"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="442"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="464"/>
        <location filename="../../ui/dialogs.py" line="470"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="475"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="62"/>
        <source>Back (Esc)</source>
        <translation>Volver (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="63"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="64"/>
        <source>Rules</source>
        <translation>Normas</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Before you start: the rules of the exam</source>
        <translation>Antes de empezar: las normas del examen</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="73"/>
        <source>Start the exam</source>
        <translation>Comenzar el examen</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="75"/>
        <source>Before you start: this practice</source>
        <translation>Antes de empezar: esta práctica</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="77"/>
        <source>Start the practice</source>
        <translation>Comenzar la práctica</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="85"/>
        <source>• %1 items: %2 are scored and %3 are unscored; you cannot tell which.</source>
        <translation>• %1 preguntas: %2 puntúan y %3 no puntúan; no se puede saber cuáles.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="90"/>
        <source>• %1 minutes (%2, or %3 with the accommodation for candidates whose first language is not English: +%4 minutes).</source>
        <translation>• %1 minutos (%2, o %3 con la adaptación para candidatos cuya lengua materna no es el inglés: +%4 minutos).</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="98"/>
        <source>• No pause. The clock keeps running if you close Simulacro or go to Home, as in the real test; when it reaches zero the exam is submitted with the answers given.</source>
        <translation>• Sin pausa. El reloj sigue corriendo si cierras Simulacro o vas a Inicio, como en el examen real; al llegar a cero el examen se entrega con las respuestas dadas.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="102"/>
        <source>• Each item is scored all or nothing: choose exactly the options it asks for, pair every prompt, confirm the order of the steps. A part answer is incomplete and gets no credit. Guessing costs nothing.</source>
        <translation>• Cada pregunta puntúa todo o nada: elige exactamente las opciones que pide, empareja todos los enunciados, confirma el orden de los pasos. Una respuesta a medias queda incompleta y no puntúa. Responder al azar no resta.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="106"/>
        <source>• Result: a scaled score from %1 to %2; %3 passes. Simulacro&apos;s scaled score is an estimate.</source>
        <translation>• Resultado: una puntuación escalada de %1 a %2; se aprueba con %3. La puntuación escalada de Simulacro es una estimación.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="111"/>
        <source>• You may flag items for review, strike out options you rule out and highlight words of the question. The review screen shows every item as unseen, incomplete or answered, and flagged.</source>
        <translation>• Puedes marcar preguntas para revisarlas, tachar las opciones que descartes y resaltar palabras de la pregunta. La pantalla de revisión muestra cada pregunta como sin ver, incompleta o respondida, y si está marcada.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="116"/>
        <source>• Keys: %1 next, %2 previous, %3 flag, %4 review screen, %5 or %6 choose, %7 strike out, %8 highlight, %9 submit. %10 lists every key.</source>
        <translation>• Teclas: %1 siguiente, %2 anterior, %3 marcar, %4 pantalla de revisión, %5 o %6 elegir, %7 tachar, %8 resaltar, %9 entregar. %10 muestra todas las teclas.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="132"/>
        <source>• Timed: about %2 minutes, the real exam&apos;s pace. You may pause (%1); the clock stops while Simulacro is closed.</source>
        <translation>• Con tiempo: unos %2 minutos, al ritmo del examen real. Puedes pausar (%1); el reloj se detiene mientras Simulacro está cerrado.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="143"/>
        <source>• Check each answer (%1) once it is complete: right or wrong, with every reason.</source>
        <translation>• Comprueba cada respuesta (%1) cuando esté completa: correcta o no, con todas las razones.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="152"/>
        <source>• Keys: %1 next, %2 previous, %3 flag, %4 or %5 choose. %6 lists every key.</source>
        <translation>• Teclas: %1 siguiente, %2 anterior, %3 marcar, %4 o %5 elegir. %6 muestra todas las teclas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_page.py" line="126"/>
        <source>• %n item(s) from the task statements you chose.</source>
        <translation>
            <numerusform>• %n pregunta de las tareas que elegiste.</numerusform>
            <numerusform>• %n preguntas de las tareas que elegiste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="139"/>
        <source>• Untimed: the clock only counts the time used.</source>
        <translation>• Sin límite de tiempo: el reloj solo cuenta el tiempo usado.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="148"/>
        <source>• Under 30 scored items the result is the share right per task, with no pass or fail estimate.</source>
        <translation>• Con menos de 30 preguntas puntuables el resultado es el porcentaje de aciertos por tarea, sin estimar aprobado o suspenso.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="132"/>
        <source>Submit the exam?</source>
        <translation>¿Entregar el examen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="132"/>
        <source>Finish the practice?</source>
        <translation>¿Terminar la práctica?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="140"/>
        <source>You have answered %1 of %2 items.</source>
        <translation>Has respondido %1 de %2 preguntas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="146"/>
        <source>%n item(s) unanswered: they will count as wrong.</source>
        <translation>
            <numerusform>%n pregunta sin responder: contará como incorrecta.</numerusform>
            <numerusform>%n preguntas sin responder: contarán como incorrectas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <location filename="../../ui/dialogs.py" line="152"/>
        <location filename="../../ui/dialogs.py" line="157"/>
        <source>Items: %1.</source>
        <translation>Preguntas: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="151"/>
        <source>%n item(s) incomplete: a part answer gets no credit.</source>
        <translation>
            <numerusform>%n pregunta incompleta: una respuesta a medias no puntúa.</numerusform>
            <numerusform>%n preguntas incompletas: una respuesta a medias no puntúa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="156"/>
        <source>%n item(s) flagged for review.</source>
        <translation>
            <numerusform>%n pregunta marcada para revisar.</numerusform>
            <numerusform>%n preguntas marcadas para revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="160"/>
        <source>After finishing you cannot change any answer.</source>
        <translation>Después de terminar no podrás cambiar ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>After submitting you cannot change any answer.</source>
        <translation>Después de entregar no podrás cambiar ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="167"/>
        <source>Submit exam</source>
        <translation>Entregar examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="167"/>
        <source>Finish the practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="168"/>
        <source>Keep practising</source>
        <translation>Seguir practicando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="168"/>
        <source>Continue the exam</source>
        <translation>Seguir con el examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="171"/>
        <location filename="../../ui/dialogs.py" line="175"/>
        <source>Go to the review screen</source>
        <translation>Ir a la pantalla de revisión</translation>
    </message>
</context>
<context>
    <name>SystemDetail</name>
    <message>
        <location filename="../../ui/detail_text.py" line="13"/>
        <source>No such file or directory</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="14"/>
        <source>Permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="15"/>
        <source>Operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="16"/>
        <source>Is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="17"/>
        <source>Not a directory</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="18"/>
        <source>No space left on device</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="19"/>
        <source>Read-only file system</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="20"/>
        <source>File name too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="21"/>
        <source>Too many levels of symbolic links</source>
        <translation>demasiados niveles de enlaces simbólicos</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="22"/>
        <source>Input/output error</source>
        <translation>error de entrada/salida</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="23"/>
        <source>Disk quota exceeded</source>
        <translation>se ha superado la cuota de disco</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="24"/>
        <source>File too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="25"/>
        <source>Device or resource busy</source>
        <translation>el dispositivo o recurso está ocupado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="26"/>
        <source>Too many open files</source>
        <translation>demasiados archivos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="27"/>
        <source>File exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="28"/>
        <source>Invalid argument</source>
        <translation>argumento no válido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="30"/>
        <source>block sequence entries are not allowed in this context</source>
        <translation>aquí no se admiten elementos de lista con &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="33"/>
        <source>control characters are not allowed</source>
        <translation>no se admiten caracteres de control</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="34"/>
        <source>could not find expected &apos;:&apos;</source>
        <translation>falta el &apos;:&apos; esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="35"/>
        <source>could not find expected directive name</source>
        <translation>falta el nombre de directiva esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="38"/>
        <source>did not find URI escaped octet</source>
        <translation>falta el octeto escapado de la URI</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="39"/>
        <source>did not find expected &apos;!&apos;</source>
        <translation>falta el &apos;!&apos; esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="40"/>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>falta la &apos;,&apos; o el &apos;]&apos; esperados</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="41"/>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>falta la &apos;,&apos; o la &apos;}&apos; esperadas</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="42"/>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation>falta el indicador &apos;-&apos; esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="43"/>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>falta el inicio de documento esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="46"/>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>falta el carácter alfabético o numérico esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="49"/>
        <source>did not find expected comment or line break</source>
        <translation>se esperaba un comentario o un salto de línea</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="52"/>
        <source>did not find expected digit or &apos;.&apos; character</source>
        <translation>se esperaba un dígito o un &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="55"/>
        <source>did not find expected hexdecimal number</source>
        <translation>se esperaba un número hexadecimal</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="58"/>
        <source>did not find expected key</source>
        <translation>falta la clave esperada</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="59"/>
        <source>did not find expected node content</source>
        <translation>falta el contenido esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="60"/>
        <source>did not find expected tag URI</source>
        <translation>falta la URI de etiqueta esperada</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="61"/>
        <source>did not find expected version number</source>
        <translation>falta el número de versión esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="62"/>
        <source>did not find expected whitespace</source>
        <translation>se esperaba un espacio</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="63"/>
        <source>did not find expected whitespace or line break</source>
        <translation>se esperaba un espacio o un salto de línea</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="66"/>
        <source>did not find the expected &apos;&gt;&apos;</source>
        <translation>falta el &apos;&gt;&apos; esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="67"/>
        <source>exceeded maximum nesting depth</source>
        <translation>se ha superado la profundidad máxima de anidamiento</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="68"/>
        <source>found a tab character that violates indentation</source>
        <translation>un tabulador rompe la sangría</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="71"/>
        <source>found a tab character where an indentation space is expected</source>
        <translation>un tabulador donde la sangría necesita espacios</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="74"/>
        <source>found an incorrect leading UTF-8 octet</source>
        <translation>octeto inicial UTF-8 incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="77"/>
        <source>found an incorrect trailing UTF-8 octet</source>
        <translation>octeto final UTF-8 incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="80"/>
        <source>found an indentation indicator equal to 0</source>
        <translation>indicador de sangría igual a 0</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="83"/>
        <source>found character that cannot start any token</source>
        <translation>un carácter que no puede iniciar ningún elemento</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="86"/>
        <source>found duplicate %TAG directive</source>
        <translation>directiva %TAG repetida</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="87"/>
        <source>found duplicate %YAML directive</source>
        <translation>directiva %YAML repetida</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="88"/>
        <source>found extremely long version number</source>
        <translation>número de versión demasiado largo</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="89"/>
        <source>found incompatible YAML document</source>
        <translation>documento YAML de una versión incompatible</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="90"/>
        <source>found invalid Unicode character escape code</source>
        <translation>código de escape Unicode no válido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="93"/>
        <source>found undefined tag handle</source>
        <translation>prefijo de etiqueta no definido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="94"/>
        <source>found unexpected &apos;:&apos;</source>
        <translation>&apos;:&apos; inesperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="95"/>
        <source>found unexpected document indicator</source>
        <translation>indicador de documento inesperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="96"/>
        <source>found unexpected end of stream</source>
        <translation>el archivo termina antes de lo esperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="97"/>
        <source>found unexpected non-alphabetical character</source>
        <translation>carácter no alfabético inesperado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="100"/>
        <source>found unknown directive name</source>
        <translation>nombre de directiva desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="101"/>
        <source>found unknown escape character</source>
        <translation>carácter de escape desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="102"/>
        <source>incomplete UTF-8 octet sequence</source>
        <translation>secuencia UTF-8 incompleta</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="103"/>
        <source>input is too long</source>
        <translation>la entrada es demasiado larga</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="104"/>
        <source>invalid Unicode character</source>
        <translation>carácter Unicode no válido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="105"/>
        <source>invalid leading UTF-8 octet</source>
        <translation>octeto inicial UTF-8 no válido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="106"/>
        <source>invalid length of a UTF-8 sequence</source>
        <translation>longitud de secuencia UTF-8 no válida</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="107"/>
        <source>invalid trailing UTF-8 octet</source>
        <translation>octeto final UTF-8 no válido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="108"/>
        <source>mapping keys are not allowed in this context</source>
        <translation>aquí no se admiten claves</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="111"/>
        <source>mapping values are not allowed in this context</source>
        <translation>aquí no se admiten valores de clave (¿falta un espacio tras &apos;:&apos; o sobran comillas?)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="114"/>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="116"/>
        <source>a closing quote must be followed by the separator</source>
        <translation>tras unas comillas de cierre debe venir el separador</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="119"/>
        <source>the file ends inside a quoted cell</source>
        <translation>el archivo termina dentro de una celda entre comillas</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="120"/>
        <source>a cell is longer than the field limit</source>
        <translation>una celda supera el tamaño máximo de campo</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="121"/>
        <source>a line break inside an unquoted cell</source>
        <translation>un salto de línea dentro de una celda sin comillas</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="122"/>
        <source>binary data (NUL byte)</source>
        <translation>datos binarios (byte NUL)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="124"/>
        <source>no element found</source>
        <translation>no se encontró ningún elemento</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="125"/>
        <source>not well-formed (invalid token)</source>
        <translation>mal formado (elemento no válido)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="126"/>
        <source>unclosed token</source>
        <translation>elemento sin cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="127"/>
        <source>partial character</source>
        <translation>carácter incompleto</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="128"/>
        <source>mismatched tag</source>
        <translation>etiqueta de cierre que no corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="129"/>
        <source>duplicate attribute</source>
        <translation>atributo repetido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="130"/>
        <source>junk after document element</source>
        <translation>contenido sobrante tras el elemento raíz</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="131"/>
        <source>undefined entity</source>
        <translation>entidad no definida</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="132"/>
        <source>reference to invalid character number</source>
        <translation>referencia a un número de carácter no válido</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="133"/>
        <source>XML or text declaration not at start of entity</source>
        <translation>la declaración XML no está al principio</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="136"/>
        <source>unknown encoding</source>
        <translation>codificación desconocida</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="137"/>
        <source>encoding specified in XML declaration is incorrect</source>
        <translation>la codificación de la declaración XML es incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="140"/>
        <source>unclosed CDATA section</source>
        <translation>sección CDATA sin cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="141"/>
        <source>unbound prefix</source>
        <translation>prefijo de espacio de nombres no declarado</translation>
    </message>
    <message>
        <location filename="../../ui/detail_text.py" line="142"/>
        <source>XML declaration not well-formed</source>
        <translation>declaración XML mal formada</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../ui/text_dialog.py" line="32"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ToolScreen</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="130"/>
        <location filename="../../ui/tool_pages.py" line="131"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
<context>
    <name>UnfinishedDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>An attempt is unfinished</source>
        <translation>Hay un intento sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>an unfinished full exam</source>
        <translation>un examen completo sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>an unfinished practice</source>
        <translation>una práctica sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="87"/>
        <source>You have %1 from %2: %3 of %4 answered.</source>
        <translation>Tienes %1 del %2: %3 de %4 respondidas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="94"/>
        <source>Its clock keeps running until it is submitted.</source>
        <translation>Su reloj sigue corriendo hasta que se entregue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95"/>
        <source>Finish or set it aside before starting something else.</source>
        <translation>Termínalo o apártalo antes de empezar otra cosa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="97"/>
        <source>Resume it</source>
        <translation>Reanudarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="100"/>
        <source>Submit it now</source>
        <translation>Entregarlo ahora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="102"/>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="104"/>
        <location filename="../../ui/dialogs.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
