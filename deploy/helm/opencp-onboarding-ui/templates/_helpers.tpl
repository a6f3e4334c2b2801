{{/* Chart name, truncated to the 63 characters Kubernetes allows in names and labels. */}}
{{- define "opencp-onboarding-ui.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Release-scoped name of every object. */}}
{{- define "opencp-onboarding-ui.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "opencp-onboarding-ui.selectorLabels" -}}
app.kubernetes.io/name: {{ include "opencp-onboarding-ui.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "opencp-onboarding-ui.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "opencp-onboarding-ui.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* pathPrefix without trailing slash; it must start with "/" and not be "/" alone (nginx serves <prefix>/...). */}}
{{- define "opencp-onboarding-ui.pathPrefix" -}}
{{- $prefix := trimSuffix "/" .Values.pathPrefix -}}
{{- if or (not (hasPrefix "/" $prefix)) (eq $prefix "") -}}
{{- fail (printf "pathPrefix must start with / and name a sub-path, e.g. /ui/openmcp/wc (got %q)" .Values.pathPrefix) -}}
{{- end -}}
{{- $prefix -}}
{{- end -}}

{{/* URL of main.js written into the ContentConfiguration nodes. */}}
{{- define "opencp-onboarding-ui.bundleUrl" -}}
{{- .Values.contentConfiguration.bundleUrl | default (printf "%s/main.js" (include "opencp-onboarding-ui.pathPrefix" .)) -}}
{{- end -}}

{{/*
Catalog override as JSON text, or "" when the image's built-in catalog is used.
Accepts an object (values.yaml) or a string (--set-file catalog=file.json).
*/}}
{{- define "opencp-onboarding-ui.catalogJson" -}}
{{- if kindIs "string" .Values.catalog -}}
{{- .Values.catalog -}}
{{- else if .Values.catalog -}}
{{- toPrettyJson .Values.catalog -}}
{{- end -}}
{{- end -}}

{{/* Directory the catalog ConfigMap is mounted at (whole directory, so updates reach running pods). */}}
{{- define "opencp-onboarding-ui.catalogDir" -}}
/etc/opencp-onboarding-ui/catalog
{{- end -}}
